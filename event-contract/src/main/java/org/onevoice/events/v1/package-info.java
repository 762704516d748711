/**
 * Version 1 of the OneVoice event contract: the only definition of what travels on Kafka.
 * Every service depends on these records instead of declaring its own copies, so a change to
 * the contract is one change, visible to all producers and consumers at compile time.
 * Incompatible changes get a new package ({@code v2}) and new CloudEvents types.
 */
package org.onevoice.events.v1;
