/**
 * The last stage of the data's way, past one machine: a build sent to an existing store through
 * the SPARQL 1.1 Graph Store Protocol, one named graph per document.
 */
package org.w3id.hrckg.publish;
