package org.onevoice.ticket.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

@Entity
public class Customer extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "display_name")
    public String displayName;

    /** Set when an agent merged this customer into another one; cleared when the merge is undone. */
    @Column(name = "merged_into")
    public Long mergedInto;

    /** Set when an administrator erased the customer's personal data; the customer then no longer exists for the API. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
