package dev.hallq.hub.queue;

/**
 * The trace a real-name ticket keeps of its citizen: the keyed hash of the ID number and the masked forms
 * (640***********1234, 张*三). Never the number or the name.
 */
public record CitizenMark(String ticketId, String idHash, String maskedId, String maskedName) {
}
