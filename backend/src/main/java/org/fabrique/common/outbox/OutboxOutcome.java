package org.fabrique.common.outbox;

/**
 * What a handler made of one attempt: acknowledged (the message is sent and never sent again) or
 * not (retried later, or dead after the last attempt), with the receiver's status code when there
 * was one and a one-line reason, never a stack trace.
 */
public record OutboxOutcome(boolean acknowledged, Integer status, String error) {
    public static OutboxOutcome acknowledged(Integer status) {
        return new OutboxOutcome(true, status, null);
    }

    public static OutboxOutcome failed(Integer status, String error) {
        return new OutboxOutcome(false, status, error);
    }
}
