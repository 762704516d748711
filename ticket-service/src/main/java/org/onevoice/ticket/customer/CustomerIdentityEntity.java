package org.onevoice.ticket.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;

/** One way to reach a customer: an X account, an email address, a phone number. */
@Entity
@Table(name = "customer_identity")
public class CustomerIdentityEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_identity_seq")
    @SequenceGenerator(name = "customer_identity_seq", sequenceName = "customer_identity_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdentityKind kind;

    @Column(nullable = false)
    public String value;

    public String handle;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static Optional<CustomerIdentityEntity> find(IdentityKind kind, String value) {
        return find("kind = ?1 and value = ?2", kind, value).firstResultOptional();
    }

    /** The stored identities among {@code keys}. */
    public static List<CustomerIdentityEntity> known(Collection<IdentityKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // Kind and value each as a list keeps to the (kind, value) index; pairs that only cross-match are dropped.
        List<CustomerIdentityEntity> candidates = list("kind in ?1 and value in ?2",
                keys.stream().map(IdentityKey::kind).distinct().toList(), keys.stream().map(IdentityKey::value).distinct().toList());
        return candidates.stream().filter(e -> keys.contains(new IdentityKey(e.kind, e.value))).toList();
    }

    public CustomerIdentity toContract() {
        return new CustomerIdentity(kind, value, handle, displayName);
    }
}
