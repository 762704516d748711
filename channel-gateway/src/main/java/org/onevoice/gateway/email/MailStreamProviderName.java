package org.onevoice.gateway.email;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Names Angus Mail's stream provider to Jakarta Mail at start. Unnamed, Jakarta Mail 2.1 finds it
 * through the ServiceLoader again for every header block it parses and every body it decodes
 * (jakartaee/mail-api#861), reading the service file out of the jar each time: a third of what an
 * inbound email cost the gateway in the bench's profile. Named, the look-up is one Class.forName
 * through the thread's context class loader, which on Quarkus' threads sees the Angus jar.
 */
@ApplicationScoped
class MailStreamProviderName {
    void name(@Observes StartupEvent startup) {
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
        }
    }
}
