-- Every filter the API offers reads an index (issue 4: filters that can only use indexed paths).

-- A date range filter asks whether [earliest, latest] overlaps [from, to]. Two b-tree bounds
-- serve only half of that question; a GiST index on the range answers it whole (&&). A missing
-- bound is an open end, as in the filter.
drop index statement_date_range_idx;
create index statement_date_overlap_idx on statement using gist (daterange(date_earliest, date_latest, '[]'));
drop index publication_date_range_idx;
create index publication_date_overlap_idx on publication using gist (daterange(date_earliest, date_latest, '[]'));

-- Staff publications or the others, newest first, as the list reads them.
create index publication_staff_order_idx on publication (staff_publication, sort_date, id);
