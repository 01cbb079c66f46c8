package dev.hallq.hub.export;

class MemoryExportOutboxTest extends ExportOutboxContract {
    private MemoryExportOutbox memory;

    @Override
    protected ExportOutbox open() {
        memory = new MemoryExportOutbox();
        return memory;
    }

    @Override
    protected ExportOutbox reopen() {
        return memory;
    }
}
