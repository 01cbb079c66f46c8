package dev.hallq.protocol;

/** Health of a device or of the hub; DEGRADED and OFFLINE come with a reason. */
public enum DeviceState {
    ONLINE, DEGRADED, OFFLINE
}
