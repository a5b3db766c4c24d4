"""World capitals and large cities, as data, for `newsclean.meta_places` (the place test of the
author stage: "Ricardo Della Coletta, Brasília" is a name and a dateline, not a name and a role).

CLDR gives countries and the cities that name a time zone ("America/Sao_Paulo"), not capitals
or other large cities: Brasília, Rio de Janeiro, Washington, New Delhi, Mumbai, Munich, Geneva
are no zone's city. This list fills that gap: the national capitals of the UN member states (and
a few much-datelined seats: The Hague, Ramallah, Tel Aviv, Davos), then the cities of some three
million people or more and the other cities news is most often filed from. Names are written in
English and, where it differs, in the local spelling and the spellings of the larger news
languages (Spanish, Portuguese, German, French, Italian, Polish). Many are also CLDR zone cities
(harmless: a set). A capital that is also a common given name or surname is left out ("Victoria",
"Kingston"): it would read a person's last word as a place.
Matched whole and case-folded (see `newsclean.meta_places.is_place`).
"""
from __future__ import annotations

CAPITALS: tuple[str, ...] = (
    "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Addis Abeba", "Algiers", "Alger", "Argel", "Algier", "Amman",
    "Amsterdam", "Andorra la Vella", "Ankara", "Ancara", "Antananarivo", "Apia", "Ashgabat", "Asmara",
    "Astana", "Asunción", "Asuncion", "Athens", "Athen", "Athènes", "Atenas", "Atene", "Ateny", "Baghdad", "Bagdad",
    "Bagdá", "Baku", "Bamako", "Bandar Seri Begawan", "Bangkok", "Bangui", "Banjul", "Basseterre", "Beijing",
    "Peking", "Pékin", "Pekín", "Pequim", "Pechino", "Pekin", "Beirut", "Beyrouth", "Beirute", "Belgrade",
    "Beograd", "Belgrad", "Belgrado", "Београд", "Belmopan", "Berlin", "Berlino", "Berlín", "Berlim", "Bern",
    "Berne", "Berna", "Bishkek", "Bissau", "Bogotá", "Bogota", "Brasília", "Brasilia", "Bratislava",
    "Brazzaville", "Bridgetown", "Brussels", "Brüssel", "Bruxelles", "Bruselas", "Bruxelas", "Bruksela",
    "Brussel", "Bucharest", "Bukarest", "Bucarest", "Bucareste", "București", "Bukareszt", "Budapest",
    "Budapeszt", "Buenos Aires", "Cairo", "Kairo", "Le Caire", "El Cairo", "Il Cairo", "Kair", "Canberra",
    "Caracas", "Castries", "Chișinău", "Chisinau", "Colombo", "Conakry", "Copenhagen", "Kopenhagen",
    "København", "Copenhague", "Copenaghen", "Kopenhaga", "Dakar", "Damascus", "Damaskus", "Damas", "Damasco",
    "Damaszek", "Dhaka", "Dili", "Djibouti", "Dodoma", "Doha", "Dublin", "Dublino", "Dublín", "Dushanbe",
    "Freetown", "Funafuti", "Gaborone", "Gitega", "Guatemala City", "Ciudad de Guatemala", "Hanoi",
    "Hà Nội", "Harare", "Havana", "La Habana", "Havanna", "Helsinki", "Helsingfors", "Honiara", "Islamabad",
    "Jakarta", "Yakarta", "Giacarta", "Jerusalem", "Juba", "Kabul", "Kampala", "Kathmandu", "Katmandu",
    "Khartoum", "Khartum", "Jartum", "Cartum", "Kigali", "Kinshasa", "Kyiv", "Kiev", "Kiew", "Kijów",
    "Kyjiw", "Kijev", "Київ", "Киев", "Kuala Lumpur", "Kuwait City", "La Paz", "Libreville", "Lilongwe",
    "Lima", "Lisbon", "Lissabon", "Lisbonne", "Lisboa", "Lisbona", "Lizbona", "Ljubljana", "Lomé",
    "London", "Londres", "Londra", "Londyn", "Luanda", "Lusaka", "Luxembourg", "Luxemburg", "Madrid",
    "Majuro", "Malabo", "Malé", "Managua", "Manama", "Manila", "Maputo", "Maseru", "Mbabane", "Mexico City",
    "Ciudad de México", "Mexiko-Stadt", "Cidade do México", "Città del Messico", "Minsk", "Mogadishu",
    "Mogadischu", "Mogadiscio", "Monrovia", "Montevideo", "Moroni", "Moscow", "Moskau", "Moscou", "Moscú",
    "Mosca", "Moskwa", "Москва", "Muscat", "Nairobi", "Naypyidaw", "N'Djamena", "New Delhi",
    "Neu-Delhi", "Nueva Delhi", "Nova Délhi", "Nuova Delhi", "Nowe Delhi", "Niamey", "Nicosia", "Nikosia",
    "Nicosie", "Nouakchott", "Oslo", "Ottawa", "Ouagadougou", "Palikir", "Panama City", "Ciudad de Panamá",
    "Paramaribo", "Paris", "Parigi", "París", "Paryż", "Phnom Penh", "Podgorica", "Port Louis",
    "Port Moresby", "Port of Spain", "Port-au-Prince", "Porto-Novo", "Prague", "Prag", "Praha", "Praga",
    "Praia", "Pretoria", "Pristina", "Priština", "Prishtina", "Pyongyang", "Pjöngjang", "Quito", "Rabat",
    "Reykjavík", "Reykjavik", "Riga", "Ryga", "Riyadh", "Riad", "Riyad", "Riade", "Rome", "Rom", "Roma",
    "Rzym", "San José", "San Marino", "San Salvador", "Sanaa", "Sana'a", "Santiago", "Santiago de Chile",
    "Santo Domingo", "Sarajevo", "Seoul", "Séoul", "Seúl", "Singapore", "Skopje", "Sofia", "Sofija", "Sofía",
    "Stockholm", "Estocolmo", "Stoccolma", "Sztokholm", "Suva", "Taipei", "Taipeh", "Tallinn",
    "Tarawa", "Tashkent", "Taschkent", "Tbilisi", "Tiflis", "Tegucigalpa", "Tehran", "Teheran", "Téhéran",
    "Teherán", "Teerã", "Thimphu", "Tirana", "Tiranë", "Tokyo", "Tokio", "Tóquio", "Tripoli", "Trípoli",
    "Tunis", "Túnez", "Tunisi", "Ulaanbaatar", "Ulan Bator", "Vaduz", "Valletta", "Vatican City",
    "Vientiane", "Vienna", "Wien", "Vienne", "Viena", "Wiedeń", "Vilnius", "Wilno", "Warsaw", "Warschau",
    "Varsovie", "Varsovia", "Varsavia", "Warszawa", "Varsóvia", "Washington", "Washington, D.C.",
    "Washington D.C.", "Washington DC", "Wellington", "Windhoek", "Yamoussoukro", "Yaoundé", "Yaounde",
    "Yerevan", "Jerewan", "Erevan", "Ereván", "Zagreb",
    # seats of government and much-datelined places that are no country's capital
    "The Hague", "Den Haag", "La Haye", "La Haya", "Haia", "L'Aia", "Ramallah", "Gaza City", "Tel Aviv",
    "Davos", "Strasbourg", "Straßburg", "Estrasburgo", "Strasburgo", "Geneva", "Genf", "Genève",
    "Ginebra", "Ginevra", "Genebra", "Genewa",
)

LARGE_CITIES: tuple[str, ...] = (
    # the Americas
    "Rio de Janeiro", "São Paulo", "Sao Paulo", "Belo Horizonte", "Porto Alegre", "Recife", "Curitiba",
    "Fortaleza", "Manaus", "Guadalajara", "Monterrey", "Medellín", "Medellin", "Cali", "Córdoba",
    "Valparaíso", "New York", "New York City", "Nueva York", "Nova York", "Nowy Jork",
    "Los Angeles", "Chicago", "Miami", "Atlanta", "Boston", "Philadelphia",
    "San Francisco", "Seattle", "Detroit", "Toronto", "Montreal", "Montréal", "Vancouver",
    # Europe
    "Hamburg", "Munich", "München", "Múnich", "Monaco di Baviera", "Cologne", "Köln", "Colonia",
    "Frankfurt", "Frankfurt am Main", "Francfort", "Fráncfort", "Francoforte", "Stuttgart", "Düsseldorf",
    "Milan", "Milano", "Mailand", "Milán", "Milão", "Mediolan", "Naples", "Napoli", "Neapel", "Nápoles",
    "Turin", "Torino", "Barcelona", "Seville", "Sevilla", "Marseille", "Marseilles", "Lyon", "Porto",
    "Oporto", "Rotterdam", "Antwerp", "Antwerpen", "Anvers", "Manchester", "Birmingham", "Glasgow",
    "Edinburgh", "Belfast", "Cardiff", "Zurich", "Zürich", "Saint Petersburg", "St. Petersburg",
    "Sankt Petersburg", "São Petersburgo", "San Petersburgo", "Санкт-Петербург", "Istanbul", "İstanbul",
    "Estambul", "Istambul", "Kharkiv", "Kharkov", "Charkiw", "Odesa", "Odessa", "Lviv", "Lwów", "Lemberg",
    "Kraków", "Krakau", "Cracow", "Gdańsk", "Danzig", "Wrocław", "Breslau", "Novi Sad",
    # Asia and Oceania
    "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Bengaluru", "Bangalore", "Hyderabad",
    "Karachi", "Lahore", "Shanghai", "Xangai", "Schanghai", "Guangzhou", "Shenzhen", "Chongqing", "Wuhan",
    "Hong Kong", "Osaka", "Busan", "Ho Chi Minh City", "Yangon", "Rangoon", "Dubai", "Jeddah", "Tel Aviv",
    "Sydney", "Melbourne", "Auckland",
    # Africa
    "Lagos", "Johannesburg", "Cape Town", "Kapstadt", "Le Cap", "Ciudad del Cabo", "Cidade do Cabo",
    "Durban", "Casablanca", "Abidjan", "Dar es Salaam", "Douala",
)
