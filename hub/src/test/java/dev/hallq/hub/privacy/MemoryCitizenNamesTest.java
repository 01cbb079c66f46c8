package dev.hallq.hub.privacy;

class MemoryCitizenNamesTest extends CitizenNamesContract {
    @Override
    protected CitizenNames open() {
        return new MemoryCitizenNames();
    }
}
