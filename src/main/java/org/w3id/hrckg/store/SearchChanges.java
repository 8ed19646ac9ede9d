package org.w3id.hrckg.store;

import java.util.Set;
import org.apache.jena.graph.Triple;

/**
 * What a build onto a copy of the previous generation changed for the full-text index: the
 * indexed statements that no graph holds any more, and those that no graph held before.
 */
public record SearchChanges(Set<Triple> unindexed, Set<Triple> indexed) {}
