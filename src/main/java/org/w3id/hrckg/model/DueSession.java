package org.w3id.hrckg.model;


/**
 * A session of an organ at or before which an output is due, or from which a series runs.
 *
 * @param organ the Council or the Assembly
 * @param number the session's number
 */
public record DueSession(Issuer organ, int number) {}
