package org.w3id.hrckg.reference;

import java.util.List;

/**
 * A fund, a body or an agenda item as the reference data knows it: its notation and the French
 * names texts may use for it, the preferred one first.
 */
public record NamedThing(String notation, List<String> frenchNames) {}
