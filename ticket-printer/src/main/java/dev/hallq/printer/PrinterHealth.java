package dev.hallq.printer;

import dev.hallq.agent.StatusReporter;
import dev.hallq.printer.escpos.PaperState;
import dev.hallq.printer.escpos.PrinterStatus;
import dev.hallq.printer.transport.PrinterFault;
import dev.hallq.printer.transport.PrinterFault.Reason;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the printer's status says, from the jobs it took or refused and from its status answers:
 * hardware {@code paper=OK|NEAR_END|OUT} and {@code transport}, the problem {@code printer} while a
 * fault lasts and {@code paper} while the roll is nearly empty.
 *
 * <p>A successful print clears any fault. A status answer saying the printer is ready clears the
 * faults a status answer can see (paper out, cover open, offline, printer error) and those it reported itself;
 * an I/O error or timeout of a print stays until a ticket prints again.
 */
final class PrinterHealth {
    static final String PRINTER = "printer";
    static final String PAPER = "paper";
    static final String TRANSPORT = "transport";
    static final String PAPER_LOW = "paper low";
    private static final Set<Reason> SENSED = EnumSet.of(Reason.PAPER_OUT, Reason.COVER_OPEN, Reason.OFFLINE,
            Reason.PRINTER_ERROR);

    private final StatusReporter status;
    private final Runnable changed;
    private PaperState paper = PaperState.OK;
    private Reason fault;
    private boolean faultFromQuery;

    /** {@code changed} runs after every change, to show it on the page. */
    PrinterHealth(StatusReporter status, String transport, Runnable changed) {
        this.status = status;
        this.changed = changed;
        status.hardware(TRANSPORT, transport);
        status.hardware(PAPER, PaperState.OK.name());
    }

    synchronized void printed() {
        fault = null;
        status.problem(PRINTER, null);
        if (paper == PaperState.OUT) {
            paper(PaperState.OK);
        }
        changed.run();
    }

    synchronized void printFailed(PrinterFault f) {
        if (f.reason() == Reason.PAPER_OUT) {
            paper(PaperState.OUT);
        }
        fault(f.reason(), false);
        changed.run();
    }

    synchronized void sensed(PrinterStatus now) {
        paper(now.paper());
        Reason seen = reasonOf(now);
        if (seen != null) {
            fault(seen, true);
        } else if (fault != null && (faultFromQuery || SENSED.contains(fault))) {
            fault = null;
            status.problem(PRINTER, null);
        }
        changed.run();
    }

    /** A status query that failed for another reason than a silent printer. */
    synchronized void queryFailed(PrinterFault f) {
        fault(f.reason(), true);
        changed.run();
    }

    /** The fault that makes the printer DEGRADED, or null. */
    synchronized Reason fault() {
        return fault;
    }

    private void fault(Reason reason, boolean fromQuery) {
        fault = reason;
        faultFromQuery = fromQuery;
        status.problem(PRINTER, reason.name());
    }

    private void paper(PaperState now) {
        paper = now;
        status.hardware(PAPER, now.name());
        status.problem(PAPER, now == PaperState.NEAR_END ? PAPER_LOW : null);
    }

    /** Why a printer in this state cannot print, most specific first (an error also sets offline), or null. */
    static Reason reasonOf(PrinterStatus s) {
        if (s.coverOpen()) {
            return Reason.COVER_OPEN;
        }
        if (s.paper() == PaperState.OUT) {
            return Reason.PAPER_OUT;
        }
        if (s.error()) {
            return Reason.PRINTER_ERROR;
        }
        return s.offline() ? Reason.OFFLINE : null;
    }
}
