package org.w3id.hrckg.store;

import java.util.Optional;

/**
 * A corpus built into a store generation: the build, the ledger of its graphs, how many graphs
 * were written into the generation, and, for a build onto a copy of the previous generation,
 * what changed for the full-text index (which a build into an empty generation fills anew).
 */
public record BuiltGeneration(BuiltDataset built, GraphLedger graphs, int written, Optional<SearchChanges> search) {}
