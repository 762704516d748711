package org.onevoice.ticket.customer;

import java.util.List;
import org.onevoice.events.v1.IdentityKind;

/** Who the customer is and how to reach them, across every customer merged into them. */
public record CustomerCard(long id, String displayName, List<IdentityView> identities) {

    /** @param customerId the customer the identity was first seen on, which a merge does not change */
    public record IdentityView(long customerId, IdentityKind kind, String value, String handle, String displayName) {
        public static IdentityView of(CustomerIdentityEntity i) {
            return new IdentityView(i.customerId, i.kind, i.value, i.handle, i.displayName);
        }
    }

    public static CustomerCard of(Customer customer, List<CustomerIdentityEntity> identities) {
        return new CustomerCard(customer.id, customer.displayName, identities.stream().map(IdentityView::of).toList());
    }
}
