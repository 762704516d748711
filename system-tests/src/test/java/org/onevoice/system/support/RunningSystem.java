package org.onevoice.system.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onevoice.local.cli.LoginSecrets;
import org.onevoice.local.cli.ServiceJvmOptions;
import org.onevoice.local.cli.ServiceProcess;
import org.onevoice.local.cli.ServiceStack;
import org.onevoice.local.cli.StackPorts;
import org.onevoice.local.cli.WebhookSecrets;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.local.infra.LocalInfrastructure;
import org.onevoice.local.infra.PostgresServer;
import org.onevoice.local.sinks.ReplySinks;
import org.onevoice.local.smtp.SmtpSink;
import org.onevoice.local.x.XApiSink;

/**
 * The whole system as it runs in production, on this machine: a real Kafka broker, a real
 * PostgreSQL and the three packaged services as separate processes, on free ports so a developer's
 * own {@code ./onevoice up} can keep running. The gateway answers customers through a local X API and mail server.
 */
public final class RunningSystem implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final LocalInfrastructure infra;
    private final ServiceStack stack;
    private final WebhookSecrets secrets;
    private final LoginSecrets logins;
    private final ReplySinks replySinks;
    private final StackPorts ports;

    private RunningSystem(LocalInfrastructure infra, ServiceStack stack, WebhookSecrets secrets, LoginSecrets logins,
                          ReplySinks replySinks, StackPorts ports) {
        this.infra = infra;
        this.stack = stack;
        this.secrets = secrets;
        this.logins = logins;
        this.replySinks = replySinks;
        this.ports = ports;
    }

    public static RunningSystem start(Path dataDir) {
        StackPorts ports = new StackPorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next());
        LocalInfrastructure infra = new LocalInfrastructure(dataDir.resolve("data"), ports.kafka(), ports.kafkaController(),
                ports.postgres()).start();
        WebhookSecrets secrets = WebhookSecrets.generate();
        LoginSecrets logins = LoginSecrets.generate();
        ReplySinks replySinks = new ReplySinks();
        ServiceStack stack = new ServiceStack(root(), infra, ports, dataDir.resolve("logs"), ServiceJvmOptions.fromEnvironment(System.getenv()), secrets, logins)
                .withEnvironment(ServiceStack.GATEWAY, replySinks.gatewayEnvironment());
        RunningSystem system = new RunningSystem(infra, stack, secrets, logins, replySinks, ports);
        try {
            stack.startAll(START_TIMEOUT).forEach((service, took) ->
                    System.out.printf("%s ready in %.1f s%n", service, took.toMillis() / 1000.0));
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /** The repository root, where the packaged services are. */
    public static Path root() {
        return Path.of(System.getProperty("onevoice.root", "..")).toAbsolutePath().normalize();
    }

    public String url(String service) {
        return stack.get(service).baseUrl();
    }

    /** A request to the ticket service's API as the agent account. */
    public RequestSpecification ticketsAsAgent() {
        return given().baseUri(url(ServiceStack.TICKETS)).auth().preemptive().basic("agent", logins.agent());
    }

    /** A request to the ticket service's API as the admin account, who alone may erase a customer. */
    public RequestSpecification ticketsAsAdmin() {
        return given().baseUri(url(ServiceStack.TICKETS)).auth().preemptive().basic("admin", logins.admin());
    }

    /** The agent account's HTTP Basic Authorization header, for clients other than REST Assured. */
    public String agentAuthorization() {
        return logins.agentAuthorization();
    }

    /** The agent account's password, for logging in to the console in a browser. */
    public String agentPassword() {
        return logins.agent();
    }

    /** A request to the monitor's API as the ops account. */
    public RequestSpecification monitorAsOps() {
        return monitorAsOps(url(ServiceStack.MONITOR));
    }

    /** A request to one monitor instance's API as the ops account. */
    public RequestSpecification monitorAsOps(String instanceUrl) {
        return given().baseUri(instanceUrl).auth().preemptive().basic("ops", logins.ops());
    }

    public Channels channels() {
        return new Channels(url(ServiceStack.GATEWAY), secrets);
    }

    public int smtpPort() {
        return ports.smtp();
    }

    public XApiSink xApi() {
        return replySinks.x();
    }

    /** The customers' mail server, where the gateway delivers answers by email. */
    public SmtpSink mailServer() {
        return replySinks.mail();
    }

    /** @param database one of {@code tickets}, {@code gateway}, {@code monitor} */
    public String jdbcUrl(String database) {
        return infra.postgres().jdbcUrl(database);
    }

    public String kafkaBootstrapServers() {
        return infra.kafka().bootstrapServers();
    }

    /** A connection to one service's own database, for checking what it stored. */
    public Connection database(String name) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(name), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Stops the broker and starts it again on the same log directory and ports. */
    public Duration restartKafka() {
        Instant start = Instant.now();
        infra.kafka().close();
        infra.kafka().start();
        return Duration.between(start, Instant.now());
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut) and starts it again on the same data. */
    public Duration restartPostgres() {
        Instant start = Instant.now();
        infra.postgres().close();
        infra.postgres().start();
        return Duration.between(start, Instant.now());
    }

    /** Starts a second instance of a service beside the first and waits until it is ready; returns its base URL. */
    public String startSecondInstance(String service) {
        ServiceProcess second = stack.launchInstance(service, 2, FreePorts.next());
        second.awaitReady(START_TIMEOUT);
        return second.baseUrl();
    }

    /** Stops a service as a deployment does (SIGTERM), starts it again and waits until it is ready; returns the time it was away. */
    public Duration stopAndRestart(String service) {
        Instant start = Instant.now();
        stack.get(service).close();
        stack.launch(service).awaitReady(START_TIMEOUT);
        return Duration.between(start, Instant.now());
    }

    /** SIGKILLs a service, starts it again and waits until it is ready; returns the time it was away. */
    public Duration killAndRestart(String service) {
        Instant start = Instant.now();
        stack.get(service).kill();
        stack.launch(service).awaitReady(START_TIMEOUT);
        return Duration.between(start, Instant.now());
    }

    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            try {
                infra.close();
            } finally {
                replySinks.close();
            }
        }
    }
}
