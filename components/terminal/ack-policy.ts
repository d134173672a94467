/**
 * When the browser tells the server how much terminal output it has drawn (`ack`). The server
 * holds a shell's output once 512 Ki is unacknowledged, so acks only need to come well before
 * that: after every 16 Ki drawn, or a second after the last unacknowledged output. Typing makes
 * a tiny echo per key; acknowledging each one would cost the server an incoming frame per key
 * (measured at 200 terminals, that was a sizeable share of the server's busy time).
 */
export const ACK_EVERY_CHARS = 16 * 1024;
export const ACK_DELAY_MS = 1000;
