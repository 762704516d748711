package org.onevoice.events.serde;

import org.onevoice.events.v1.DeliveryReport;

public class DeliveryReportDeserializer extends JsonEventDeserializer<DeliveryReport> {
    public DeliveryReportDeserializer() {
        super(DeliveryReport.class);
    }
}
