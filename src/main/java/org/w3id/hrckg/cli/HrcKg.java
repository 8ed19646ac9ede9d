package org.w3id.hrckg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line of hrc-kg: {@code java -jar target/hrc-kg.jar COMMAND}. Exit status 0 when all
 * went well, 1 when the data has problems (a text that does not parse, data that does not
 * conform), 2 when the command cannot run as asked (bad options, unreadable input).
 */
@Command(name = "hrc-kg", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Knowledge graph and linked-data publisher for the resolutions of the UN Human Rights Council.",
    subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, QueryCommand.class, AnalyzeCommand.class,
        ReportCommand.class, BenchCommand.class, SynthCommand.class, PublishCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:data problems (a text that does not parse, data that does not conform)",
        "2:the command cannot run as asked (bad options, unreadable input)"})
public final class HrcKg implements Runnable {

  /** Exit status for data problems. */
  static final int DATA_PROBLEM = 1;
  /** Exit status for commands that cannot run as asked. */
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line, for main and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new HrcKg()).setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(HrcKg::badUsage).setExecutionExceptionHandler(HrcKg::cannotRun);
  }

  /**
   * Input that cannot be read (a file, a folder, a store another process holds) met by any command:
   * one line that names it, exit 2. Anything else is a defect and keeps its stack trace.
   */
  private static int cannotRun(Exception e, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
    IOException unreadable = e instanceof IOException io ? io : e instanceof UncheckedIOException u ? u.getCause() : null;
    if (unreadable == null) {
      throw e;
    }
    cl.getErr().printf("%s: %s%n", cl.getCommandName(), BuildRun.describe(unreadable));
    cl.getErr().flush();
    return USAGE;
  }

  /** A bad option or value: one line that says what is wrong and where the help is, exit 2 (no usage dump). */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr().printf("%s: %s (see %s --help)%n", cl.getCommandName(), e.getMessage(), cl.getCommandSpec().qualifiedName());
    cl.getErr().flush();
    return USAGE;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
