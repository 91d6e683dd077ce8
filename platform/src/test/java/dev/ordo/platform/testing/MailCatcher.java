package dev.ordo.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A local SMTP server (GreenMail) that Ordo sends to, and what tests read from the mails it caught. */
public final class MailCatcher implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_\\-.]+)");

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    public MailCatcher() {
        smtp.start();
    }

    /** Ordo's settings for sending here, plus {@code more}. */
    public Map<String, String> settings(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("EMAIL_TRANSPORT", "smtp", "EMAIL_SMTP_HOST", "127.0.0.1",
            "EMAIL_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()), "EMAIL_SMTP_IGNORE_TLS", "true"));
        settings.putAll(more);
        return settings;
    }

    public void clear() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    public int count() {
        return smtp.getReceivedMessages().length;
    }

    /** Waits for the one mail a test expects, checks it went to {@code to} and answers it. */
    public MimeMessage onlyMail(String to) throws Exception {
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(to);
        return received[0];
    }

    public static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail);
    }

    /** The token of the link in a mail's body. */
    public static String token(String body) {
        // Quoted-printable may wrap long lines with "=\r\n".
        Matcher matcher = TOKEN.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
