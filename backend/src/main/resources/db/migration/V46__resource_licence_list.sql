-- Issue 12: a shared resource's licence is one of a closed list (toolbox/Licences.java).
-- Older spellings are mapped onto the list; a licence the list does not know is cleared
-- (the API would refuse it on the next edit), so every stored row stays valid.
update shared_resource set licence = trim(licence) where licence is not null;
update shared_resource set licence = case
        when lower(licence) in ('licence ouverte', 'licence ouverte 2.0', 'licence ouverte / open licence 2.0',
                                'etalab-2.0', 'etalab 2.0', 'open licence 2.0') then 'Licence Ouverte 2.0'
        when upper(replace(licence, '-', ' ')) in ('CC BY 4.0', 'CC BY') then 'CC BY 4.0'
        when upper(replace(licence, '-', ' ')) in ('CC BY SA 4.0', 'CC BY SA') then 'CC BY-SA 4.0'
        when upper(replace(licence, '-', ' ')) in ('CC BY NC 4.0', 'CC BY NC') then 'CC BY-NC 4.0'
        when upper(replace(licence, '-', ' ')) in ('CC BY NC SA 4.0', 'CC BY NC SA') then 'CC BY-NC-SA 4.0'
        when upper(replace(licence, '-', ' ')) in ('CC BY ND 4.0', 'CC BY ND') then 'CC BY-ND 4.0'
        when upper(replace(licence, '-', ' ')) in ('CC0', 'CC0 1.0') then 'CC0 1.0'
        when upper(licence) in ('ODBL', 'ODBL 1.0', 'ODBL-1.0') then 'ODbL 1.0'
        when upper(licence) in ('AGPL-3.0', 'AGPL-3.0-OR-LATER', 'AGPL V3', 'AGPLV3') then 'AGPL-3.0'
        when upper(licence) in ('GPL-3.0', 'GPL-3.0-OR-LATER', 'GPL V3', 'GPLV3') then 'GPL-3.0'
        when upper(licence) in ('EUPL-1.2', 'EUPL 1.2') then 'EUPL-1.2'
        when upper(licence) = 'MIT' then 'MIT'
        when upper(licence) in ('APACHE-2.0', 'APACHE 2.0') then 'Apache-2.0'
        when lower(licence) in ('all rights reserved', 'tous droits réservés', 'tous droits reserves') then 'All rights reserved'
        else null
    end
where licence is not null;
