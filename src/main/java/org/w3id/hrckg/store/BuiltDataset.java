package org.w3id.hrckg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.hrckg.pipeline.CorpusPipeline;
import org.w3id.hrckg.validate.ShapesValidator;

/**
 * A corpus built into a dataset: the dataset, what the pipeline reported, and the validation.
 *
 * @param dataset the dataset built, or null for a build streamed into a dump
 * @param seconds how long building and validating took
 */
public record BuiltDataset(DatasetGraph dataset, CorpusPipeline.Report report, ShapesValidator.Outcome validation,
    double seconds) {

  /** A build is good when every text parsed and the data conforms. */
  public boolean clean() {
    return !report.hasErrors() && validation.conforms();
  }
}
