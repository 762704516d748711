package org.onevoice.gateway.support;

import static io.restassured.RestAssured.given;

/** Reads counters the way Prometheus scrapes them, from {@code /q/metrics}. */
public final class PrometheusMetrics {
    private PrometheusMetrics() {
    }

    /**
     * @param series the metric name with its labels as Prometheus prints them, e.g.
     *               {@code onevoice_gateway_webhooks_ignored_total{channel="X",kind="favorite_events"}}
     * @return the value, 0 when the series does not exist yet
     */
    public static double value(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length()).trim())).orElse(0.0);
    }
}
