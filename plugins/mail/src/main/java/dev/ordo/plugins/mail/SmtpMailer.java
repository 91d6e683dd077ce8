package dev.ordo.plugins.mail;

import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.mail.Mail;
import dev.ordo.api.mail.Mailer;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends mail through one SMTP server with Jakarta Mail (Eclipse Angus). */
final class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final String TIMEOUT_MILLIS = "10000";

    private final MailSettings settings;
    private final Session session;

    SmtpMailer(MailSettings settings) {
        this.settings = settings;
        this.session = inPluginClassLoader(() -> Session.getInstance(properties(settings), authenticator(settings)));
    }

    @Override
    public void send(Mail mail) {
        inPluginClassLoader(() -> {
            try {
                Transport.send(message(mail));
                return null;
            } catch (MessagingException e) {
                LOG.warn("The mail server {}:{} did not take a message: {}", settings.host(), settings.port(),
                    e.toString());
                throw new ServiceUnavailableException("email", "The mail server could not send the message");
            }
        });
    }

    /**
     * Jakarta Mail finds its providers, stream providers and content handlers through the thread's context class
     * loader (ServiceLoader); inside a plugin that must be the plugin's own, or nothing is found.
     */
    private static <T> T inPluginClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SmtpMailer.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        for (String to : mail.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.html().isEmpty()) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html().get(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    private static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        String protocol = settings.secure() ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.user().isPresent()));
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        if (!settings.secure() && !settings.ignoreTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
        }
        return properties;
    }

    private static Authenticator authenticator(MailSettings settings) {
        if (settings.user().isEmpty()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
    }
}
