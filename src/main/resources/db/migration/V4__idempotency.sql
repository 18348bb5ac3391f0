-- Idempotency keys (Idempotency-Key header): per caller, the request a key was first used with (its
-- hash) and what it created. Written in the same transaction as what it records, so a retried request
-- finds either nothing (the first attempt rolled back) or the finished result, never half of one.
create table idempotency_key (
    caller        varchar(200) not null,
    key           varchar(200) not null,
    scope         varchar(40)  not null,
    request_hash  varchar(64)  not null,
    result_id     bigint,
    created_at    timestamp with time zone not null,
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
