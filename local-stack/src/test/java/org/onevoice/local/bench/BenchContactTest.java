package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchContactTest {

    @Test
    void everyCallerHasAMobileNumberOfEightDigitsAfterThePrefix() {
        assertEquals("+4915100000042", BenchContact.phoneNumber(42));
        assertEquals("+4915112345678", BenchContact.phoneNumber(12_345_678));
        assertEquals("+4915100000007", BenchContact.phoneNumber(100_000_007));
    }
}
