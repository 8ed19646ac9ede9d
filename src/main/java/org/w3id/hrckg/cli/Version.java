package org.w3id.hrckg.cli;

import picocli.CommandLine;

/** The version of the jar, from its manifest. */
final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = HrcKg.class.getPackage().getImplementationVersion();
    return new String[] {"hrc-kg " + (v != null ? v : "(development build)")};
  }
}
