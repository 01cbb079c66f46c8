package dev.hallq.launcher;

import dev.hallq.agent.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./hall}: one command for the virtual hall, the hub and every device agent. */
@Command(name = "hall", mixinStandardHelpOptions = true, versionProvider = HallCommand.VersionInfo.class,
        description = {"HallQ: queue-ticketing for government service halls (政务服务大厅排队叫号).",
                "Options can also come from a file: ./hall kiosk @kiosk.args (one option per line)."},
        subcommands = {DemoCommand.class, HubCommand.class, KioskCommand.class, PrinterCommand.class,
                DisplayCommand.class, EvaluatorCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class HallCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; exceptions from bad values end in exit code 2 with the message. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HallCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            if (cause instanceof IllegalArgumentException || cause instanceof java.io.UncheckedIOException) {
                line.getErr().println("hall " + line.getCommandName() + ": " + cause.getMessage());
                return 2;
            }
            line.getErr().println("hall " + line.getCommandName() + " failed: " + e);
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionInfo implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"HallQ " + Version.current()};
        }
    }
}
