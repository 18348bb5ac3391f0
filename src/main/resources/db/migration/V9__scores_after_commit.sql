-- Scores after commit (issue 13): a tree write no longer recomputes what the reports read inside its own
-- transaction; it notes the tree (and the year, or null for a whole new version) here, and the refresh runs
-- after commit, on a worker of the application, or first thing in a read that finds its period pending
-- (ScoreStore). Append-only for writers, so they never wait for each other or for a refresh: whoever refreshes
-- a tree locks the tree's row, takes every note committed so far, and refreshes once for all of them.
create table score_pending (
    id            bigint       generated always as identity primary key,
    tree_id       bigint       not null references cascade_tree (id) on delete cascade,
    year          integer,     -- null: every year of the current version (a new version)
    requested_at  timestamptz  not null default now()
);

create index score_pending_tree on score_pending (tree_id);
