package dev.ordo.api.mail;

/**
 * Sends email for any module (password resets, invitations, flows). The mail plugin registers one in the service
 * registry when {@code EMAIL_TRANSPORT} names a transport it serves; when none is registered, email is off and
 * features that need it answer 503 {@code SERVICE_UNAVAILABLE}.
 */
public interface Mailer {

    /**
     * Sends {@code mail} from the configured sender ({@code EMAIL_FROM}).
     *
     * @throws dev.ordo.api.error.ServiceUnavailableException when the mail server cannot be reached or refuses it
     */
    void send(Mail mail);
}
