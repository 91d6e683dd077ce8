package dev.ordo.plugins.mail;

import dev.ordo.api.Module;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.mail.Mailer;
import java.util.Optional;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Email: registers the {@link Mailer} when {@code EMAIL_TRANSPORT} is set; email is off otherwise. */
@Extension
public final class MailModule implements Module {

    private static final Logger LOG = LoggerFactory.getLogger(MailModule.class);

    @Override
    public String id() {
        return "mail";
    }

    @Override
    public void start(ModuleContext context) {
        Optional<MailSettings> settings = MailSettings.from(context.settings());
        if (settings.isEmpty()) {
            LOG.info("Email is off: set EMAIL_TRANSPORT=smtp and EMAIL_SMTP_HOST to send mail");
            return;
        }
        context.services().register(Mailer.class, new SmtpMailer(settings.get()));
    }
}
