package org.w3id.hrckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the hrc-kg ontology ({@code ontology/hrc.ttl}). OntologyTermsTest checks that every
 * constant here is declared there.
 */
public final class Hrc {

  public static final String NS = "https://w3id.org/hrc-kg/ontology#";

  private Hrc() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  // Classes
  public static final Resource Document = resource("Document");
  public static final Resource Resolution = resource("Resolution");
  public static final Resource DraftResolution = resource("DraftResolution");
  public static final Resource Decision = resource("Decision");
  public static final Resource Paragraph = resource("Paragraph");
  public static final Resource PreambularParagraph = resource("PreambularParagraph");
  public static final Resource Annex = resource("Annex");
  public static final Resource AnnexParagraph = resource("AnnexParagraph");
  public static final Resource OperativeParagraph = resource("OperativeParagraph");
  public static final Resource Citation = resource("Citation");
  public static final Resource CitationFunction = resource("CitationFunction");
  public static final Resource IssuerBasis = resource("IssuerBasis");
  public static final Resource Sponsorship = resource("Sponsorship");
  public static final Resource State = resource("State");
  public static final Resource VoteCast = resource("VoteCast");
  public static final Resource VoteChoice = resource("VoteChoice");
  public static final Resource Fund = resource("Fund");
  public static final Resource Body = resource("Body");
  public static final Resource Session = resource("Session");
  public static final Resource AgendaItem = resource("AgendaItem");
  public static final Resource Mention = resource("Mention");
  public static final Resource FundMention = resource("FundMention");
  public static final Resource StateMention = resource("StateMention");
  public static final Resource SDGMention = resource("SDGMention");
  public static final Resource MandatedOutput = resource("MandatedOutput");
  public static final Resource RequestedReport = resource("RequestedReport");
  public static final Resource OralUpdate = resource("OralUpdate");
  public static final Resource PanelDiscussion = resource("PanelDiscussion");
  public static final Resource IntersessionalMeeting = resource("IntersessionalMeeting");
  public static final Resource Consultation = resource("Consultation");
  public static final Resource Workshop = resource("Workshop");
  public static final Resource Study = resource("Study");
  public static final Resource SourceSpan = resource("SourceSpan");
  public static final Resource QualityFinding = resource("QualityFinding");
  public static final Resource WarningClass = resource("WarningClass");

  // Documents
  public static final Property symbol = property("symbol");
  public static final Property sourceFileName = property("sourceFileName");
  public static final Property sourceEncoding = property("sourceEncoding");
  public static final Property sourceChecksum = property("sourceChecksum");
  public static final Property session = property("session");
  public static final Property agendaItem = property("agendaItem");
  public static final Property agendaItemTitle = property("agendaItemTitle");
  public static final Property documentDate = property("documentDate");
  public static final Property adoptionDate = property("adoptionDate");
  public static final Property meetingNumber = property("meetingNumber");
  public static final Property adoptedWithoutVote = property("adoptedWithoutVote");
  public static final Property votesInFavour = property("votesInFavour");
  public static final Property votesAgainst = property("votesAgainst");
  public static final Property abstentions = property("abstentions");
  public static final Property voteCast = property("voteCast");
  public static final Property voter = property("voter");
  public static final Property voteChoice = property("voteChoice");
  public static final Property issuedBy = property("issuedBy");

  // Paragraphs and provenance
  public static final Property hasParagraph = property("hasParagraph");
  public static final Property paragraphOf = property("paragraphOf");
  public static final Property ordinal = property("ordinal");
  public static final Property hasAnnex = property("hasAnnex");
  public static final Property annexOf = property("annexOf");
  public static final Property hasAnnexParagraph = property("hasAnnexParagraph");
  public static final Property inAnnex = property("inAnnex");
  public static final Property printedNumber = property("printedNumber");
  public static final Property text = property("text");
  public static final Property openingPhrase = property("openingPhrase");
  public static final Property startOffset = property("startOffset");
  public static final Property endOffset = property("endOffset");
  public static final Property page = property("page");
  public static final Property sourceText = property("sourceText");
  public static final Property foundAt = property("foundAt");
  public static final Property sourceFormat = property("sourceFormat");
  public static final Property adoptedAs = property("adoptedAs");
  public static final Property additionalSponsor = property("additionalSponsor");
  public static final Property submittedBy = property("submittedBy");
  public static final Property frbrWork = property("frbrWork");
  public static final Property findingKind = property("findingKind");
  public static final Property concerns = property("concerns");
  public static final Property occurrences = property("occurrences");

  // Citations
  public static final Property citingParagraph = property("citingParagraph");
  public static final Property citedDocument = property("citedDocument");
  public static final Property statedDate = property("statedDate");
  public static final Property statedDateShared = property("statedDateShared");
  public static final Property pinpoint = property("pinpoint");
  public static final Property inFootnote = property("inFootnote");
  public static final Property citationFunction = property("citationFunction");
  public static final Property issuerBasis = property("issuerBasis");

  // Sponsors and States
  public static final Property sponsorship = property("sponsorship");
  public static final Property sponsor = property("sponsor");
  public static final Property councilMember = property("councilMember");
  public static final Property iso3166Alpha3 = property("iso3166Alpha3");
  public static final Property iso3166Alpha2 = property("iso3166Alpha2");
  public static final Property m49Code = property("m49Code");
  public static final Property unMemberState = property("unMemberState");

  // Sessions
  public static final Property sessionNumber = property("sessionNumber");
  public static final Property sessionOf = property("sessionOf");
  public static final Property specialSession = property("specialSession");
  public static final Property startDate = property("startDate");
  public static final Property endDate = property("endDate");

  // Mentions
  public static final Property hasMention = property("hasMention");
  public static final Property mentioned = property("mentioned");
  public static final Property mentionsFund = property("mentionsFund");
  public static final Property mentionsState = property("mentionsState");
  public static final Property mentionsSDG = property("mentionsSDG");
  public static final Property mentionsSDGTarget = property("mentionsSDGTarget");

  // Mandated outputs
  public static final Property mandates = property("mandates");
  public static final Property dueSession = property("dueSession");
  public static final Property responsibleActor = property("responsibleActor");
  public static final Property responsibleActorName = property("responsibleActorName");
  public static final Property quantity = property("quantity");
  public static final Property theme = property("theme");
  public static final Property dueAtSession = property("dueAtSession");
  public static final Property addressee = property("addressee");
  public static final Property frequency = property("frequency");
  public static final Property recurring = property("recurring");
  public static final Property fromSession = property("fromSession");
  public static final Property forMandate = property("forMandate");

  // Mandates
  public static final Resource Mandate = resource("Mandate");
  public static final Property holderKind = property("holderKind");
  public static final Property establishesMandate = property("establishesMandate");
  public static final Property extendsMandate = property("extendsMandate");

  // The limits of the public endpoint
  public static final Property maxResultRows = property("maxResultRows");
  public static final Property maxAnswerBytes = property("maxAnswerBytes");
  public static final Property queryTimeout = property("queryTimeout");
}
