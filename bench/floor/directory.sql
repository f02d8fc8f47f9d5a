-- The directory page as one SQL statement: 50 people by name with country, aliases and positions,
-- the total and whether there is a next page.
select (select count(*) from actor where kind = 'PERSON') as total,
       (select json_agg(p) from (
           select a.id, a.slug, a.name, a.description, c.id as country_id, c.name as country_name,
                  (select json_agg(json_build_object('name', n.name, 'type', n.type) order by n.position)
                   from actor_name n where n.actor_id = a.id) as aliases,
                  (select json_agg(json_build_object('title', o.title, 'current', o.current, 'start', o.start_text,
                                                     'id', org.id, 'name', org.name) order by o.position)
                   from actor_position o left join actor org on org.id = o.organization_id where o.actor_id = a.id) as positions
           from actor a left join actor c on c.id = a.country_id
           where a.kind = 'PERSON' order by a.name, a.id limit 51) p) as people;
