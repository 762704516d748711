package org.onevoice.gateway.email;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.onevoice.gateway.admission.IntakeCapacity;

/**
 * Receives customer mail over SMTP (RFC 5321) on a Vert.x TCP server, one {@link SmtpSession} per
 * connection, so the listener shares the gateway's event loops and never blocks them.
 */
@ApplicationScoped
public class SmtpListener {
    private static final Logger LOG = Logger.getLogger(SmtpListener.class);
    private static final long START_TIMEOUT_SECONDS = 30;
    static final String TOO_MANY_CONNECTIONS = "421 4.3.2 Too many connections, try again later";

    private final Vertx vertx;
    private final SmtpListenerConfig config;
    private final EmailConfig email;
    private final EmailIntake intake;
    private final IntakeCapacity capacity;
    private final AtomicInteger open = new AtomicInteger();
    private volatile NetServer server;

    SmtpListener(Vertx vertx, SmtpListenerConfig config, EmailConfig email, EmailIntake intake, IntakeCapacity capacity) {
        this.vertx = vertx;
        this.config = config;
        this.email = email;
        this.intake = intake;
        this.capacity = capacity;
    }

    void start(@Observes StartupEvent startup) throws Exception {
        if (!config.enabled()) {
            return;
        }
        NetServerOptions options = new NetServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS);
        EmailRules rules = email.rules();
        server = vertx.createNetServer(options)
                .connectHandler(socket -> {
                    if (open.incrementAndGet() > config.maxConnections()) {
                        open.decrementAndGet();
                        LOG.warnf("SMTP connection from %s refused: %d connections open", socket.remoteAddress(), config.maxConnections());
                        socket.write(TOO_MANY_CONNECTIONS + "\r\n").onComplete(written -> socket.close());
                        return;
                    }
                    socket.closeHandler(closed -> open.decrementAndGet());
                    new SmtpSession(socket, config, rules, email.maxSize().asLongValue(), intake, capacity).start();
                });
        server.listen().toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        LOG.infof("SMTP listener on %s:%d for %s", config.host(), server.actualPort(), rules.supportAddresses());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (server != null) {
            server.close();
        }
    }

    boolean bound() {
        return server != null && server.actualPort() > 0;
    }

    /** The port actually bound, which differs from the configured one when that is 0. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("the SMTP listener is disabled (gateway.smtp.enabled=false)");
        }
        return server.actualPort();
    }
}
