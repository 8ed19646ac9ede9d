package org.w3id.hrckg.structure;

import java.util.List;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.text.NormalizedText;

/**
 * A text segmented into the parts of a resolution: header, preamble, operative part and record
 * of adoption, with what the segmentation noticed on the way.
 *
 * @param adoption the record of adoption, or null (drafts have none)
 */
public record DocumentStructure(
    NormalizedText text,
    DocumentHeader header,
    List<ParagraphBlock> preamble,
    List<ParagraphBlock> operative,
    AdoptionRecord adoption,
    List<Diagnostic> diagnostics) {}
