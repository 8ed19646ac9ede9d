/**
 * The per-document guard's budget, beneath every stage: the stages report the source line they
 * are at and stop when the document's time is up, so that one pathological text becomes a
 * diagnostic instead of a hang. The guard itself, which opens budgets and catches what a document
 * throws, is {@code pipeline.DocumentGuard}.
 */
package org.w3id.hrckg.guard;
