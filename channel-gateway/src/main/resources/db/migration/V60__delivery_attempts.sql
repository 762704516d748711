-- Written before each attempt to hand a reply to its channel, committed before the channel is called.
-- A process killed after the channel accepted but before the outcome row was written leaves this row
-- behind: the next attempt then knows a refusal as "duplicate" means the reply did go out.
CREATE TABLE delivery_attempt (
    reply_id         bigint PRIMARY KEY,
    attempts         int         NOT NULL,
    first_attempt_at timestamptz NOT NULL
);
