package org.w3id.hrckg.store;

import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A store generation a build fills: its TDB2 dataset, and the ledger of the build it starts from
 * when it starts as a copy of the current generation (empty when it starts empty).
 */
public record Generation(DatasetGraph dataset, Optional<GraphLedger> startsFrom) {}
