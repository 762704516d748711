package org.onevoice.monitor.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onevoice.events.v1.Channel;

/** An alert and its lifecycle. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Identity of what is alerted on, e.g. {@code RESPONSE_TIME|billing|X|CALL_CENTRE}. */
    @Column(name = "alert_key")
    public String alertKey;

    @Enumerated(EnumType.STRING)
    public AlertKind kind;

    /** Null when the alert is about all topics together. */
    public String topic;

    /** The channels compared, comma-separated in {@link Channel} order. */
    @Column(name = "channels")
    public String channelNames;

    @Enumerated(EnumType.STRING)
    public AlertState state;

    public Double ratio;

    public String summary;

    /** What a person needs to judge the alert, as JSON. */
    public String details;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "rearmed_at")
    public Instant rearmedAt;

    @Version
    public long version;

    /** Resolved by a person while the gap persisted: the same gap must close before it may alert again. */
    public boolean silencesItsKey() {
        return state == AlertState.RESOLVED && !AlertLifecycle.MONITOR.equals(resolvedBy) && rearmedAt == null;
    }

    public List<Channel> channels() {
        return Arrays.stream(channelNames.split(",")).map(Channel::valueOf).toList();
    }

    public void channels(List<Channel> channels) {
        channelNames = channels.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
    }

    /** The newest alert of each key of this kind that is unresolved or silenced by a person. */
    public static List<Alert> active(AlertKind kind) {
        return Alert.<Alert>list("""
                from Alert x where x.kind = ?1 and (x.state <> ?2 or (x.resolvedBy <> ?3 and x.rearmedAt is null))
                and x.openedAt = (select max(a.openedAt) from Alert a where a.alertKey = x.alertKey)""",
                kind, AlertState.RESOLVED, AlertLifecycle.MONITOR);
    }

    /** The newest alert on this key; only it can be unresolved, the unique index sees to that. */
    public static Optional<Alert> latest(String alertKey) {
        return find("alertKey = ?1 order by openedAt desc, id desc", alertKey).firstResultOptional();
    }
}
