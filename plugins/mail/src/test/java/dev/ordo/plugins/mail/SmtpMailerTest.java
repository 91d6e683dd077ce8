package dev.ordo.plugins.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.mail.Mail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends real mail over SMTP to a local GreenMail server. */
class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void deliversTextAndHtml() throws Exception {
        SmtpMailer mailer = new SmtpMailer(new MailSettings("ordo@example.com", "127.0.0.1",
            SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(), false, true));

        mailer.send(new Mail(List.of("ann@example.com", "bob@example.com"), "Grüße", "plain body",
            Optional.of("<p>html body</p>")));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Grüße");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("ordo@example.com");
        assertThat(GreenMailUtil.getBody(received[0])).contains("plain body").contains("<p>html body</p>");
    }

    @Test
    void anUnreachableServerIsServiceUnavailable() {
        SmtpMailer mailer = new SmtpMailer(new MailSettings("ordo@example.com", "127.0.0.1", 1, Optional.empty(),
            Optional.empty(), false, true));

        assertThatThrownBy(() -> mailer.send(new Mail(List.of("ann@example.com"), "s", "t", Optional.empty())))
            .isInstanceOf(ServiceUnavailableException.class);
    }
}
