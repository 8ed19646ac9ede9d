package org.w3id.hrckg.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/** The errors logged in this JVM (an in-process server's among them) while something runs. */
final class LoggedErrors extends AbstractAppender {

  private final List<String> errors = new CopyOnWriteArrayList<>();

  private LoggedErrors() {
    super("logged-errors", null, null, true, Property.EMPTY_ARRAY);
  }

  @Override
  public void append(LogEvent event) {
    errors.add(event.getLoggerName() + ": " + event.getMessage().getFormattedMessage()
        + (event.getThrown() != null ? " (" + event.getThrown() + ")" : ""));
  }

  /** What the supplier gives, with the errors logged meanwhile. */
  static <T> Logged<T> during(Supplier<T> action) {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    LoggedErrors appender = new LoggedErrors();
    appender.start();
    context.getConfiguration().getRootLogger().addAppender(appender, Level.ERROR, null);
    context.updateLoggers();
    try {
      return new Logged<>(action.get(), List.copyOf(appender.errors));
    } finally {
      context.getConfiguration().getRootLogger().removeAppender(appender.getName());
      context.updateLoggers();
      appender.stop();
    }
  }

  /** A value and the errors logged while it was made. */
  record Logged<T>(T value, List<String> errors) {}
}
