package org.onevoice.monitor.alert;

/** One kind of alert, judged afresh over the evaluated window in every evaluation round. */
public interface AlertCheck {
    void evaluate(EvaluationWindow window);
}
