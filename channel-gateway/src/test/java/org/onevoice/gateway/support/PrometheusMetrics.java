package org.onevoice.gateway.support;

import static io.restassured.RestAssured.given;

import org.onevoice.local.test.TestAccounts;

/** Reads counters the way Prometheus scrapes them, from {@code /q/metrics} with the ops account. */
public final class PrometheusMetrics {
    private PrometheusMetrics() {
    }

    /**
     * @param series the metric name with its labels as Prometheus prints them, e.g.
     *               {@code onevoice_gateway_webhooks_ignored_total{channel="X",kind="favorite_events"}}
     * @return the value, 0 when the series does not exist yet
     */
    public static double value(String series) {
        String metrics = given().auth().preemptive().basic(TestAccounts.OPS.user, TestAccounts.OPS.password).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length()).trim())).orElse(0.0);
    }
}
