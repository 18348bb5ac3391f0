-- Repeatable migration: Flyway runs it after the versioned ones whenever its text changes, on every
-- database, so this file is the one place the definition lives: change it here. Keep to CREATE OR
-- REPLACE; a change that cannot be a replacement (a view losing or retyping a column, a function
-- changing its arguments or result type) needs a versioned migration that drops the old object first.

-- Signatures of the statements of programmes and activities, for near-identical statements across
-- agencies: the hash of the statement's distinct content words (statement_words: lower case, without
-- punctuation and the commonest Indonesian function words, in any order), and for four such words or
-- more also of every set with one word left out. Two statements share a signature when their content
-- words are the same but for at most one added, dropped or replaced; an equality join then finds them,
-- where a trigram similarity join over a nation's statements cannot answer in time.
create or replace function statement_words(statement text) returns text[]
    language sql immutable parallel safe as
$$
select array_agg(distinct w order by w)
from regexp_split_to_table(lower(statement), '[^[:alnum:]]+') w
where w <> '' and w not in ('di', 'ke', 'dari', 'dan', 'atau', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'atas',
                            'oleh', 'serta', 'bagi', 'melalui', 'terhadap', 'secara', 'sebagai', 'antara', 'akan',
                            'adalah', 'ini', 'itu', 'tersebut', 'para')
$$;

-- The signatures of a statement's words (statement_words). One SELECT, so that PostgreSQL inlines it.
create or replace function statement_signatures(words text[]) returns setof bigint
    language sql immutable parallel safe as
$$
select hashtextextended(array_to_string(words, ' '), 0)
union
select hashtextextended(array_to_string(array_remove(words, d), ' '), 0)
from unnest(words) d
where cardinality(words) >= 4
$$;
