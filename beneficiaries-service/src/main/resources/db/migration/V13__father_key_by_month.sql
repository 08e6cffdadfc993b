-- The duplicate finder's father key (BlockingKeys: first name, father's name, birth year) takes the
-- birth month too: under the year alone, a common first name with a common father's name held
-- hundreds of persons of a million, fetched and scored for every new person of that name.
update person
set dup_key_father = dup_key_father || '-' || to_char(birth_date, 'MM')
where dup_key_father is not null;
