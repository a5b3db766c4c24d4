"""Country and city names of CLDR, generated from Babel 2.19.0 by
`python -m newsclean.meta_places`; do not edit by hand (see `meta_places.babel_tables`)."""
BABEL_VERSION = '2.19.0'
COUNTRIES = """
afeganistão
afganistan
afganistán
afghanistan
afrique du sud
albania
albanie
albanien
albanië
albânia
alemanha
alemania
algeria
algerien
algeriet
algerije
algieria
algérie
allemagne
american samoa
amerikaans-samoa
amerikaanse maagdeneilanden
amerikanisch-samoa
amerikanische jungferninseln
amerikanische überseeinseln
amerikanska jungfruöarna
amerikanska samoa
andora
andorra
andorre
angola
anguila
anguilla
antarctica
antarctique
antarktis
antarktyda
antartide
antigua & barbuda
antigua e barbuda
antigua en barbuda
antigua i barbuda
antigua och barbuda
antigua und barbuda
antigua y barbuda
antigua-et-barbuda
antártida
antígua e barbuda
arabia saudita
arabia saudyjska
arabia saudí
arabie saoudite
argelia
argentina
argentine
argentinien
argentinië
argentyna
argélia
armenia
armenien
armenië
arménie
armênia
aruba
arábia saudita
ascension
ascension island
aserbaidschan
australia
australie
australien
australië
austria
austrália
autriche
azerbaigian
azerbaijan
azerbaijão
azerbaiyán
azerbajdzjan
azerbaïdjan
azerbeidzjan
azerbejdżan
bahamas
bahama’s
bahamy
bahrain
bahrajn
bahrein
bahreïn
bangladesch
bangladesh
bangladesz
bangladés
barbade
barbados
barein
baréin
belarus
belgia
belgien
belgio
belgique
belgium
belgië
belice
belize
benin
benín
bermuda
bermudas
bermudes
bermudy
bhoutan
bhutan
białoruś
bielorrusia
bielorrússia
bielorussia
biélorussie
bolivia
bolivie
bolivien
boliwia
bolívia
bosnia & herzegovina
bosnia ed erzegovina
bosnia y herzegovina
bosnie-herzégovine
bosnien och hercegovina
bosnien und herzegowina
bosnië en herzegovina
botsuana
botswana
bouvet island
bouveteiland
bouvetinsel
bouvetön
bośnia i hercegowina
brasil
brasile
brasilien
brazil
brazilië
brazylia
britische jungferninseln
britisches territorium im indischen ozean
british indian ocean territory
british virgin islands
brits indische oceaanterritorium
britse maagdeneilanden
brittiska jungfruöarna
brittiska territoriet i indiska oceanen
brunei
brunei darussalam
brunéi
brytyjskie terytorium oceanu indyjskiego
brytyjskie wyspy dziewicze
brésil
bulgaria
bulgarie
bulgarien
bulgarije
bulgária
burkina faso
burquina faso
burundi
bután
butão
bułgaria
bélgica
bénin
bósnia e herzegovina
cabo verde
camarões
cambodge
cambodia
cambodja
cambogia
camboja
camboya
cameroon
cameroun
camerun
camerún
canada
canadá
canarias
canarische eilanden
canary islands
cap-vert
cape verde
capo verde
caraibi olandesi
caribbean netherlands
caribe neerlandés
caribisch nederland
catar
cayman islands
caymanöarna
cazaquistão
cechia
centraal-afrikaanse republiek
central african republic
centralafrikanska republiken
ceuta & melilla
ceuta e melilla
ceuta en melilla
ceuta et melilla
ceuta i melilla
ceuta och melilla
ceuta und melilla
ceuta y melilla
chad
chade
chequia
chile
chili
china
chine
chiny
chipre
chorwacja
christmas island
christmaseiland
chypre
ciad
cidade do vaticano
cile
cina
cipro
città del vaticano
ciudad del vaticano
clipperton
clipperton island
clipperton-insel
clippertonön
cocos (keeling) islands
cocoseilanden
colombia
colombie
colômbia
comoras
comore
comoren
comores
comoros
congo
congo - brazzaville
congo - kinshasa
congo-brazzaville
congo-kinshasa
cook islands
cookeilanden
cookinseln
cooköarna
corea del nord
corea del norte
corea del sud
corea del sur
coreia do norte
coreia do sul
corée du nord
corée du sud
costa do marfim
costa d’avorio
costa rica
croacia
croatia
croatie
croazia
croácia
cuba
curazao
curaçao
cypern
cypr
cyprus
czad
czarnogóra
czechia
czechy
côte d’ivoire
dalekie wyspy mniejsze stanów zjednoczonych
danemark
dania
danimarca
danmark
demokratyczna republika konga
denemarken
denmark
deutschland
diego garcia
diego garcía
dinamarca
djibouti
djibuti
dominica
dominicaanse republiek
dominican republic
dominika
dominikana
dominikanische republik
dominikanska republiken
dominique
dschibuti
duitsland
dänemark
dżibuti
ecuador
egipt
egipto
egito
egitto
egypt
egypte
egypten
ekvatorialguinea
ekwador
el salvador
elfenbenskusten
emirados árabes unidos
emirati arabi uniti
emiratos árabes unidos
equador
equatoriaal-guinea
equatorial guinea
eritrea
eritreia
erytrea
eslovaquia
eslovenia
eslováquia
eslovênia
espagne
espanha
españa
essuatíni
estados unidos
estland
estonia
estonie
estônia
esuatini
eswatini
ethiopia
ethiopië
etiopia
etiopien
etiopía
etiópia
euroområdet
european union
europeiska unionen
europese unie
europäische union
eurozona
eurozone
faeröer
falkland islands
falklandeilanden
falklandinseln
falklandsöarna
falklandy
faroe islands
fejkad bidi (för test)
fejkade accenter (för test)
fidji
fidschi
fidżi
figi
fiji
filipijnen
filipinas
filipiny
filippine
filippinerna
finland
finlande
finlandia
finlândia
finnland
fiyi
france
francia
francja
francuskie terytoria południowe i antarktyczne
frankreich
frankrijk
frankrike
frans-guyana
frans-polynesië
franse gebieden in de zuidelijke indische oceaan
franska guyana
franska polynesien
franska sydterritorierna
französisch-guayana
französisch-polynesien
französische süd- und antarktisgebiete
frança
french guiana
french polynesia
french southern and antarctic lands
färöarna
färöer
förenade arabemiraten
förenta nationerna
gabon
gabun
gabão
gabón
gambia
gambie
gana
georgia
georgia del sud e sandwich australi
georgia południowa i sandwich południowy
georgien
georgië
germania
germany
geórgia
ghana
giamaica
giappone
gibilterra
gibraltar
gibuti
giordania
granada
grecia
grecja
greece
greenland
grekland
grenada
grenade
grenlandia
griechenland
griekenland
groenland
groenlandia
groenlândia
gruzja
grèce
grécia
grönland
guadalupa
guadalupe
guadeloupe
guam
guatemala
guayana francesa
guernesey
guernsey
guiana
guiana francesa
guinea
guinea ecuatorial
guinea equatoriale
guinea-bissau
guinea-bisáu
guinee
guinee-bissau
guiné
guiné equatorial
guiné-bissau
guinée
guinée équatoriale
guinée-bissau
gujana
gujana francuska
guyana
guyana francese
guyane française
gwadelupa
gwatemala
gwinea
gwinea bissau
gwinea równikowa
gâmbia
géorgie
géorgie du sud-et-les îles sandwich du sud
haiti
haití
haïti
heard en mcdonaldeilanden
heard island & mcdonald islands
heard und mcdonaldinseln
heardön och mcdonaldöarna
hiszpania
holandia
honduras
hong kong sar china
hong kong, rae da china
hongarije
hongkong sar
hongkong sar van china
hongrie
hungary
hungria
hungría
iceland
ierland
ijsland
ilha bouvet
ilha christmas
ilha de ascensão
ilha de clipperton
ilha de man
ilha norfolk
ilhas aland
ilhas canárias
ilhas cayman
ilhas cocos (keeling)
ilhas cook
ilhas faroé
ilhas geórgia do sul e sandwich do sul
ilhas heard e mcdonald
ilhas malvinas
ilhas marianas do norte
ilhas marshall
ilhas menores distantes dos eua
ilhas pitcairn
ilhas salomão
ilhas turcas e caicos
ilhas virgens americanas
ilhas virgens britânicas
inde
india
indie
indien
indonesia
indonesien
indonesië
indonezja
indonésia
indonésie
irak
iran
iraq
iraque
ireland
irland
irlanda
irlande
irlandia
irán
irã
isla bouvet
isla clipperton
isla de la ascensión
isla de man
isla de navidad
isla norfolk
island
islanda
islande
islandia
islas aland
islas caimán
islas cocos
islas cook
islas feroe
islas georgia del sur y sandwich del sur
islas heard y mcdonald
islas malvinas
islas marianas del norte
islas marshall
islas menores alejadas de ee. uu.
islas pitcairn
islas salomón
islas turcas y caicos
islas vírgenes británicas
islas vírgenes de ee. uu.
isle of man
islândia
isola ascensione
isola bouvet
isola christmas
isola di clipperton
isola di man
isola norfolk
isole canarie
isole cayman
isole cocos (keeling)
isole cook
isole falkland
isole fær øer
isole heard e mcdonald
isole marianne settentrionali
isole marshall
isole minori esterne degli stati uniti
isole pitcairn
isole salomone
isole turks e caicos
isole vergini americane
isole vergini britanniche
isole åland
israel
israele
israël
italia
italie
italien
italië
italy
itália
ivoorkust
izrael
iêmen
jamaica
jamaika
jamajka
jamaïque
japan
japon
japonia
japão
japón
jemen
jersey
jordan
jordania
jordanie
jordanien
jordanië
jordânia
julön
kaaimaneilanden
kaapverdië
kaimaninseln
kajmany
kambodja
kambodscha
kambodża
kameroen
kamerun
kanada
kanarieöarna
kanarische inseln
kap verde
karibische niederlande
karibiska nederländerna
kasachstan
katar
kazachstan
kazajistán
kazakhstan
kazakistan
kazakstan
kenia
kenya
kina
kirghizistan
kirghizstan
kirgisistan
kirgistan
kirgizistan
kirgizië
kirguistán
kiribati
kleine afgelegen eilanden van de verenigde staten
koeweit
kokosinseln
kokosöarna
kolumbia
kolumbien
komoren
komorerna
komory
kongo
kongo-brazzaville
kongo-kinshasa
korea południowa
korea północna
kosovo
kosowo
kostaryka
koweït
kroatien
kroatië
kuba
kuwait
kuwejt
kyrgyzstan
la réunion
laos
latvia
lebanon
lesotho
lesoto
letland
letonia
lettland
lettonia
lettonie
letônia
liban
libano
libanon
liberia
libia
libië
libya
libye
libyen
libéria
liechtenstein
litauen
lithuania
litouwen
lituania
lituanie
lituânia
litwa
luksemburg
lussemburgo
luxembourg
luxemburg
luxemburgo
líbano
líbia
macao sar
macao sar china
macau sar van china
macau, rae da china
macedonia del nord
macedonia del norte
macedonia północna
macedônia do norte
macédoine du nord
madagascar
madagaskar
majotta
malaisie
malasia
malaui
malawi
malaysia
maldivas
maldive
maldiven
maldiverna
maldives
malediven
malediwy
maleisië
malezja
mali
malta
malte
malásia
mariany północne
maroc
marocco
marocko
marokko
maroko
marrocos
marruecos
marshall islands
marshalleilanden
marshallinseln
marshallöarna
martinica
martinique
martynika
mauretania
mauretanien
maurice
mauricio
mauritania
mauritanie
mauritanië
mauritius
mauritânia
maurício
mayotte
meksyk
messico
mexico
mexiko
mexique
mianmar (birmânia)
micronesia
micronésia
micronésie
mikronesien
mikronezja
mjanma (birma)
moldavia
moldavie
moldavien
moldavië
moldova
moldávia
monaco
monako
mongolei
mongolia
mongolie
mongoliet
mongolië
mongólia
montenegro
montserrat
monténégro
morocco
mosambik
mozambico
mozambik
mozambique
moçambique
mołdawia
myanmar
myanmar (birma)
myanmar (birmania)
myanmar (birmanie)
myanmar (burma)
méxico
mónaco
mônaco
naciones unidas
namibia
namibie
namibië
namíbia
nations unies
nauru
nazioni unite
nações unidas
nederland
nederländerna
nepal
netherlands
neukaledonien
neuseeland
new caledonia
new zealand
nicaragua
nicarágua
niderlandy karaibskie
niederlande
niemcy
nieuw-caledonië
nieuw-zeeland
nieznany region
niger
nigeria
nigéria
nikaragua
niue
noord-korea
noord-macedonië
noordelijke marianen
noorwegen
nordkorea
nordmakedonien
nordmarianerna
nordmazedonien
norfolk
norfolk island
norfolkinsel
norfolkön
norge
north korea
north macedonia
northern mariana islands
noruega
norvegia
norvège
norway
norwegen
norwegia
nouvelle-calédonie
nouvelle-zélande
nova caledônia
nova zelândia
nowa kaledonia
nowa zelandia
nueva caledonia
nueva zelanda
nuova caledonia
nuova zelanda
nya kaledonien
nya zeeland
népal
níger
nördliche marianen
oceania lontana
oceania remota
oceania — wyspy dalekie
oeganda
oekraïne
oezbekistan
okänd region
oman
omán
omã
onbekend gebied
oost-timor
oostenrijk
organizacja narodów zjednoczonych
ouganda
outlying oceania
ouzbékistan
overig oceanië
paesi bassi
pakistan
pakistán
palaos
palau
palestijnse gebieden
palestinian territories
palestinska territorierna
palästinensische autonomiegebiete
panama
panamá
papoea-nieuw-guinea
papouasie-nouvelle-guinée
papua new guinea
papua nuova guinea
papua nya guinea
papua-neuguinea
papua-nova guiné
papua-nowa gwinea
papúa nueva guinea
paquistão
paraguai
paraguay
paragwaj
pays-bas
pays-bas caribéens
países baixos
países baixos caribenhos
países bajos
peru
perù
perú
philippinen
philippines
pitcairn
pitcairn islands
pitcairneilanden
pitcairninseln
pitcairnöarna
poland
polen
polinesia francesa
polinesia francese
polinezja francuska
polinésia francesa
pologne
polonia
polska
polynésie française
polônia
porto rico
portogallo
portorico
portoryko
portugal
portugalia
pseudo-accenten
pseudo-accenti
pseudo-accents
pseudo-akzente
pseudo-bidi
pseudoacentos
pseudoakcenty
pseudobidi
pseudobidirecional
pseudodwukierunkowe
pseudossotaques
puerto rico
pérou
qatar
quirguistão
quiribati
quênia
r.a.s. chinoise de hong kong
r.a.s. chinoise de macao
rae de hong kong (china)
rae de macao (china)
ras di hong kong
ras di macao
regione sconosciuta
região desconhecida
región desconocida
regno unito
reino unido
repubblica centrafricana
repubblica dominicana
republik moldau
republika południowej afryki
republika zielonego przylądka
republika środkowoafrykańska
república centro-africana
república centroafricana
república democrática del congo
república do congo
república dominicana
reunion
reunião
reunión
riunione
roemenië
romania
romênia
rosja
roumanie
royaume-uni
ruanda
rumanía
rumunia
rumänien
rusia
rusland
russia
russie
russland
rwanda
ryssland
région inconnue
régions éloignées de l’océanie
république centrafricaine
république dominicaine
réunion
rússia
s:t barthélemy
s:t helena
s:t kitts och nevis
s:t lucia
s:t pierre och miquelon
s:t vincent och grenadinerna
saara ocidental
sahara occidental
sahara occidentale
sahara zachodnia
saint kitts e nevis
saint kitts en nevis
saint kitts i nevis
saint lucia
saint martin
saint vincent e grenadine
saint vincent en de grenadines
saint vincent i grenadyny
saint-barthélemy
saint-christophe-et-niévès
saint-marin
saint-martin
saint-martin (partie néerlandaise)
saint-pierre e miquelon
saint-pierre en miquelon
saint-pierre i miquelon
saint-pierre-et-miquelon
saint-vincent-et-les grenadines
sainte-hélène
sainte-lucie
salomonen
salomonseilanden
salomonöarna
salvador
salwador
sambia
samoa
samoa americana
samoa americane
samoa amerykańskie
samoa américaines
san bartolomé
san cristóbal y nieves
san marino
san martín
san pedro y miquelón
san vicente y las granadinas
santa elena
santa helena
santa lucía
santa lúcia
santo tomé y príncipe
sant’elena
sao tomé en principe
sao tomé-et-principe
saoedi-arabië
sark
saudi arabia
saudi-arabien
saudiarabien
schweden
schweiz
seicheles
senegal
serbia
serbie
serbien
sercq
serra leoa
servië
seszele
seychellen
seychellerna
seychelles
sierra leona
sierra leone
simbabwe
singapore
singapour
singapur
singapura
sint maarten
sint-helena
sint-maarten
siria
slovacchia
slovakia
slovakien
slovaquie
slovenia
slovenien
slovenië
slovénie
slowakei
slowakije
slowenien
soedan
solomon islands
somalia
somalie
somalië
somália
sonderverwaltungsregion hongkong
sonderverwaltungsregion macau
soudan
soudan du sud
south africa
south georgia & south sandwich islands
south korea
south sudan
spagna
spain
spanien
spanje
spitsbergen en jan mayen
spitzbergen und jan mayen
sra hongkong (chiny)
sra makau (chiny)
sri lanka
st. barthélemy
st. helena
st. helena, ascension & tristan da cunha
st. kitts & nevis
st. kitts und nevis
st. lucia
st. martin
st. pierre & miquelon
st. pierre und miquelon
st. vincent & grenadines
st. vincent und die grenadinen
stany zjednoczone
stati uniti
storbritannien
strefa euro
sud sudan
sudafrica
sudan
sudan południowy
sudáfrica
sudán
sudán del sur
sudão
sudão do sul
suecia
suisse
suiza
surinam
suriname
suède
suécia
suíça
svalbard & jan mayen
svalbard e jan mayen
svalbard et jan mayen
svalbard i jan mayen
svalbard och jan mayen
svalbard y jan mayen
sverige
svezia
svizzera
sweden
switzerland
sydafrika
sydgeorgien och sydsandwichöarna
sydkorea
sydsudan
syria
syrie
syrien
syrië
szwajcaria
szwecja
sáhara occidental
são bartolomeu
são cristóvão e névis
são martinho
são pedro e miquelão
são tomé & príncipe
são tomé e príncipe
são tomé och príncipe
são tomé und príncipe
são vicente e granadinas
sénégal
sérvia
síria
südafrika
südgeorgien und die südlichen sandwichinseln
südkorea
südsudan
słowacja
słowenia
tadjikistan
tadjiquistão
tadschikistan
tadzjikistan
tadżykistan
tagikistan
tailandia
tailândia
taiwan
taiwán
tajikistan
tajlandia
tajwan
tansania
tanzania
tanzanie
tanzânia
tayikistán
taïwan
tchad
tchéquia
tchéquie
terre australi francesi
terres australes françaises
territoire britannique de l’océan indien
territoires palestiniens
territori palestinesi
territorio britannico dell’oceano indiano
territorio británico del océano índico
territorios alejados de oceanía
territorios australes franceses
territorios palestinos
território britânico do oceano índico
territórios franceses do sul
territórios palestinos
terytoria palestyńskie
thailand
thailandia
thaïlande
timor est
timor oriental
timor wschodni
timor-leste
tjeckien
togo
tokelau
tokelauöarna
tonga
trinidad & tobago
trinidad e tobago
trinidad en tobago
trinidad och tobago
trinidad und tobago
trinidad y tobago
trinité-et-tobago
tristan da cunha
tristán de acuña
tristão da cunha
trynidad i tobago
tschad
tschechien
tsjaad
tsjechië
tunesien
tunesië
tunezja
tunisia
tunisie
tunisien
tunísia
turchia
turcja
turcomenistão
turkiet
turkije
turkmenistan
turkmenistán
turkménistan
turks & caicos islands
turks i caicos
turks- en caicoseilanden
turks- och caicosöarna
turks- und caicosinseln
turquia
turquie
turquía
tuvalu
tyskland
túnez
türkei
türkiye
u.s. outlying islands
u.s. virgin islands
ucraina
ucrania
ucrânia
uganda
ukraina
ukraine
unbekannte region
ungarn
ungern
ungheria
unia europejska
union européenne
unione europea
united arab emirates
united kingdom
united nations
united states
união europeia
unión europea
unknown region
uruguai
uruguay
urugwaj
usa
usa:s yttre öar
usbekistan
uzbekistan
uzbekistán
uzbequistão
vanuatu
vaticaanstad
vatican city
vatikanstadt
vatikanstaten
venezuela
vereinigte arabische emirate
vereinigte staaten
vereinigtes königreich
vereinte nationen
verenigd koninkrijk
verenigde arabische emiraten
verenigde naties
verenigde staten
vietnam
vietnã
viêt nam
västsahara
wallis & futuna
wallis e futuna
wallis en futuna
wallis i futuna
wallis und futuna
wallis y futuna
wallis- och futunaöarna
wallis-et-futuna
watykan
weihnachtsinsel
wenezuela
westelijke sahara
western sahara
westsahara
wielka brytania
wietnam
wyspa bouveta
wyspa bożego narodzenia
wyspa clippertona
wyspa man
wyspa wniebowstąpienia
wyspa świętej heleny
wyspy alandzkie
wyspy cooka
wyspy dziewicze stanów zjednoczonych
wyspy heard i mcdonalda
wyspy kanaryjskie
wyspy kokosowe
wyspy marshalla
wyspy owcze
wyspy salomona
wyspy świętego tomasza i książęca
węgry
włochy
yemen
yibuti
yttre öar i oceanien
yémen
zambia
zambie
zentralafrikanische republik
zimbabue
zimbabwe
zimbábue
zjednoczone emiraty arabskie
zona del euro
zona do euro
zone euro
zuid-afrika
zuid-georgia en zuidelijke sandwicheilanden
zuid-korea
zuid-soedan
zweden
zwitserland
zypern
zâmbia
áfrica do sul
áustria
ägypten
äquatorialguinea
äthiopien
äusseres ozeanien
åland
åland islands
ålandinseln
égypte
émirats arabes unis
équateur
érythrée
état de la cité du vatican
états-unis
éthiopie
índia
île bouvet
île christmas
île clipperton
île de l’ascension
île de man
île norfolk
îles canaries
îles caïmans
îles cocos
îles cook
îles féroé
îles heard-et-macdonald
îles malouines
îles mariannes du nord
îles marshall
îles mineures éloignées des états-unis
îles pitcairn
îles salomon
îles turques-et-caïques
îles vierges britanniques
îles vierges des états-unis
îles åland
österreich
österrike
östtimor
łotwa
австралия
австрия
азербайджан
аландские о-ва
албания
алжир
американское самоа
ангилья
ангола
андорра
антарктида
антигуа и барбуда
аргентина
армения
аруба
афганистан
багамы
бангладеш
барбадос
бахрейн
беларусь
белиз
бельгия
бенин
бермудские о-ва
болгария
боливия
бонэйр, синт-эстатиус и саба
босния и герцеговина
ботсвана
бразилия
британская территория в индийском океане
бруней
буркина-фасо
бурунди
бутан
вануату
ватикан
великобритания
венгрия
венесуэла
виргинские о-ва (великобритания)
виргинские о-ва (сша)
внешние малые о-ва (сша)
внешняя океания
восточный тимор
вьетнам
габон
гаити
гайана
гамбия
гана
гваделупа
гватемала
гвинея
гвинея-бисау
германия
гернси
гибралтар
гондурас
гонконг (сар)
гренада
гренландия
греция
грузия
гуам
дания
джерси
джибути
диего-гарсия
доминика
доминиканская республика
еврозона
европейский союз
египет
замбия
западная сахара
зимбабве
израиль
индия
индонезия
иордания
ирак
иран
ирландия
исландия
испания
италия
йемен
кабо-верде
казахстан
камбоджа
камерун
канада
канарские о-ва
катар
кения
кипр
киргизия
кирибати
китай
кндр
кокосовые о-ва
колумбия
коморы
конго - браззавиль
конго - киншаса
косово
коста-рика
кот-д’ивуар
куба
кувейт
кюрасао
лаос
латвия
лесото
либерия
ливан
ливия
литва
лихтенштейн
люксембург
маврикий
мавритания
мадагаскар
майотта
макао (сар)
малави
малайзия
мали
мальдивы
мальта
марокко
мартиника
маршалловы о-ва
мексика
мозамбик
молдова
монако
монголия
монтсеррат
мьянма (бирма)
намибия
науру
неизвестный регион
непал
нигер
нигерия
нидерланды
никарагуа
ниуэ
новая зеландия
новая каледония
норвегия
о-в буве
о-в вознесения
о-в клиппертон
о-в мэн
о-в норфолк
о-в рождества
о-в св. елены
о-ва кайман
о-ва кука
о-ва питкэрн
о-ва херд и макдональд
оаэ
оман
организация объединенных наций
пакистан
палау
палестинские территории
панама
папуа — новая гвинея
парагвай
перу
польша
португалия
псевдо-bidi
псевдоакценты
пуэрто-рико
республика корея
реюньон
россия
руанда
румыния
сальвадор
самоа
сан-марино
сан-томе и принсипи
сарк
саудовская аравия
северная македония
северные марианские о-ва
сейшельские о-ва
сен-бартелеми
сен-мартен
сен-пьер и микелон
сенегал
сент-винсент и гренадины
сент-китс и невис
сент-люсия
сербия
сеута и мелилья
сингапур
синт-мартен
сирия
словакия
словения
соединенные штаты
соломоновы о-ва
сомали
судан
суринам
сьерра-леоне
таджикистан
таиланд
тайвань
танзания
того
токелау
тонга
тринидад и тобаго
тристан-да-кунья
тувалу
тунис
туркменистан
турция
тёркс и кайкос
уганда
узбекистан
украина
уоллис и футуна
уругвай
фарерские о-ва
федеративные штаты микронезии
фиджи
филиппины
финляндия
фолклендские о-ва
франция
французская гвиана
французская полинезия
французские южные территории
хорватия
центрально-африканская республика
чад
черногория
чехия
чили
швейцария
швеция
шпицберген и ян-майен
шри-ланка
эквадор
экваториальная гвинея
эритрея
эсватини
эстония
эфиопия
южная георгия и южные сандвичевы о-ва
южно-африканская республика
южный судан
ямайка
япония
アイスランド
アイルランド
アセンション島
アゼルバイジャン
アフガニスタン
アメリカ合衆国
アラブ首長国連邦
アルジェリア
アルゼンチン
アルバ
アルバニア
アルメニア
アンギラ
アンゴラ
アンティグア・バーブーダ
アンドラ
イエメン
イギリス
イスラエル
イタリア
イラク
イラン
インド
インドネシア
ウォリス・フツナ
ウガンダ
ウクライナ
ウズベキスタン
ウルグアイ
エクアドル
エジプト
エストニア
エスワティニ
エチオピア
エリトリア
エルサルバドル
オセアニア周辺地域
オマーン
オランダ
オランダ領カリブ
オーストラリア
オーストリア
オーランド諸島
カザフスタン
カタール
カナダ
カナリア諸島
カメルーン
カンボジア
カーボベルデ
ガイアナ
ガボン
ガンビア
ガーナ
ガーンジー
キプロス
キュラソー
キューバ
キリバス
キルギス
ギニア
ギニアビサウ
ギリシャ
クウェート
クック諸島
クリスマス島
クリッパートン島
クロアチア
グアテマラ
グアドループ
グアム
グリーンランド
グレナダ
ケイマン諸島
ケニア
ココス(キーリング)諸島
コスタリカ
コソボ
コモロ
コロンビア
コンゴ共和国(ブラザビル)
コンゴ民主共和国(キンシャサ)
コートジボワール
サウジアラビア
サウスジョージア・サウスサンドウィッチ諸島
サモア
サントメ・プリンシペ
サンピエール島・ミクロン島
サンマリノ
サン・バルテルミー
サン・マルタン
サーク島
ザンビア
シエラレオネ
シリア
シンガポール
シント・マールテン
ジブチ
ジブラルタル
ジャマイカ
ジャージー
ジョージア
ジンバブエ
スイス
スウェーデン
スバールバル諸島・ヤンマイエン島
スペイン
スリナム
スリランカ
スロバキア
スロベニア
スーダン
セウタ・メリリャ
セネガル
セルビア
セントクリストファー・ネーヴィス
セントビンセント及びグレナディーン諸島
セントヘレナ
セントルシア
セーシェル
ソマリア
ソロモン諸島
タイ
タジキスタン
タンザニア
タークス・カイコス諸島
チェコ
チャド
チュニジア
チリ
ツバル
ディエゴガルシア島
デンマーク
トケラウ
トリスタン・ダ・クーニャ
トリニダード・トバゴ
トルクメニスタン
トルコ
トンガ
トーゴ
ドイツ
ドミニカ共和国
ドミニカ国
ナイジェリア
ナウル
ナミビア
ニウエ
ニカラグア
ニジェール
ニューカレドニア
ニュージーランド
ネパール
ノルウェー
ノーフォーク島
ハイチ
ハンガリー
ハード島・マクドナルド諸島
バチカン市国
バヌアツ
バハマ
バミューダ
バルバドス
バングラデシュ
バーレーン
パキスタン
パナマ
パプアニューギニア
パラオ
パラグアイ
パレスチナ自治区
ピトケアン諸島
フィジー
フィリピン
フィンランド
フェロー諸島
フォークランド諸島
フランス
ブラジル
ブルガリア
ブルキナファソ
ブルネイ
ブルンジ
ブータン
ブーベ島
プエルトリコ
ベトナム
ベナン
ベネズエラ
ベラルーシ
ベリーズ
ベルギー
ペルー
ホンジュラス
ボスニア・ヘルツェゴビナ
ボツワナ
ボリビア
ポルトガル
ポーランド
マダガスカル
マヨット
マラウイ
マリ
マルタ
マルティニーク
マレーシア
マン島
マーシャル諸島
ミクロネシア連邦
ミャンマー (ビルマ)
メキシコ
モザンビーク
モナコ
モルディブ
モルドバ
モロッコ
モンゴル
モンテネグロ
モントセラト
モーリシャス
モーリタニア
ユーロ圏
ヨルダン
ラオス
ラトビア
リトアニア
リヒテンシュタイン
リビア
リベリア
ルクセンブルク
ルワンダ
ルーマニア
レソト
レバノン
レユニオン
ロシア
不丹
不明な地域
东帝汶
中国
中国澳门特别行政区
中国香港特别行政区
中央アフリカ共和国
中華人民共和国マカオ特別行政区
中華人民共和国香港特別行政区
中非共和国
丹麦
乌克兰
乌兹别克斯坦
乌干达
乌拉圭
乍得
也门
亚美尼亚
仏領ギアナ
仏領ポリネシア
仏領極南諸島
以色列
伊拉克
伊朗
休达及梅利利亚
伪双向语言地区
伪地区
伯利兹
佛得角
俄罗斯
保加利亚
克利珀顿岛
克罗地亚
关岛
冈比亚
冰岛
几内亚
几内亚比绍
列支敦士登
刚果（布）
刚果（金）
利比亚
利比里亚
加拿大
加纳
加纳利群岛
加蓬
匈牙利
北マケドニア
北マリアナ諸島
北朝鮮
北马其顿
北马里亚纳群岛
南アフリカ
南スーダン
南乔治亚和南桑威奇群岛
南极洲
南極
南苏丹
南非
博茨瓦纳
卡塔尔
卢旺达
卢森堡
印度
印度尼西亚
危地马拉
厄瓜多尔
厄立特里亚
叙利亚
古巴
台湾
合衆国領有小離島
吉尔吉斯斯坦
吉布提
哈萨克斯坦
哥伦比亚
哥斯达黎加
喀麦隆
国際連合
图瓦卢
土库曼斯坦
土耳其
圣卢西亚
圣基茨和尼维斯
圣多美和普林西比
圣巴泰勒米
圣文森特和格林纳丁斯
圣皮埃尔和密克隆群岛
圣诞岛
圣赫勒拿
圣马力诺
圭亚那
坦桑尼亚
埃及
埃塞俄比亚
基里巴斯
塔吉克斯坦
塞内加尔
塞尔维亚
塞拉利昂
塞浦路斯
塞舌尔
墨西哥
多哥
多米尼克
多米尼加共和国
大洋洲边远群岛
奥兰群岛
奥地利
委内瑞拉
孟加拉国
安哥拉
安圭拉
安提瓜和巴布达
安道尔
密克罗尼西亚
尼加拉瓜
尼日利亚
尼日尔
尼泊尔
巴勒斯坦领土
巴哈马
巴基斯坦
巴巴多斯
巴布亚新几内亚
巴拉圭
巴拿马
巴林
巴西
布基纳法索
布隆迪
布韦岛
希腊
帕劳
库克群岛
库拉索
开曼群岛
德国
意大利
所罗门群岛
托克劳
拉脱维亚
挪威
捷克
摩尔多瓦
摩洛哥
摩纳哥
文莱
斐济
斯威士兰
斯洛伐克
斯洛文尼亚
斯瓦尔巴和扬马延
斯里兰卡
新加坡
新喀里多尼亚
新西兰
日本
智利
朝鲜
未知地区
東ティモール
柬埔寨
根西岛
格林纳达
格陵兰
格鲁吉亚
梵蒂冈
欧元区
欧州連合
欧盟
比利时
毛里塔尼亚
毛里求斯
汤加
沙特阿拉伯
法国
法属南部领地
法属圣马丁
法属圭亚那
法属波利尼西亚
法罗群岛
波兰
波多黎各
波斯尼亚和黑塞哥维那
泰国
泽西岛
津巴布韦
洪都拉斯
海地
澳大利亚
爱尔兰
爱沙尼亚
牙买加
特克斯和凯科斯群岛
特立尼达和多巴哥
特里斯坦-达库尼亚群岛
玻利维亚
瑙鲁
瑞典
瑞士
瓜德罗普
瓦利斯和富图纳
瓦努阿图
留尼汪
疑似 bidi
疑似アクセント
白俄罗斯
百慕大
皮特凯恩群岛
直布罗陀
福克兰群岛
科威特
科摩罗
科特迪瓦
科科斯（基林）群岛
科索沃
秘鲁
突尼斯
立陶宛
米領サモア
米領ヴァージン諸島
索马里
约旦
纳米比亚
纽埃
缅甸
罗马尼亚
美国
美国本土外小岛屿
美属维尔京群岛
美属萨摩亚
老挝
联合国
肯尼亚
芬兰
苏丹
苏里南
英国
英属印度洋领地
英属维尔京群岛
英領インド洋地域
英領ヴァージン諸島
荷兰
荷属加勒比区
荷属圣马丁
莫桑比克
莱索托
菲律宾
萨克岛
萨尔瓦多
萨摩亚
葡萄牙
蒙古
蒙特塞拉特
西サハラ
西撒哈拉
西班牙
诺福克岛
贝宁
赞比亚
赤道ギニア
赤道几内亚
赫德岛和麦克唐纳群岛
越南
迪戈加西亚岛
阿塞拜疆
阿富汗
阿尔及利亚
阿尔巴尼亚
阿拉伯联合酋长国
阿曼
阿根廷
阿森松岛
阿鲁巴
韓国
韩国
马尔代夫
马恩岛
马拉维
马提尼克
马来西亚
马约特
马绍尔群岛
马耳他
马达加斯加
马里
黎巴嫩
黑山
"""
CITIES = """
abidjan
abidżan
abiyán
accra
achgabat
acra
adak
addis ababa
addis abeba
addis-abeba
adelaida
adelaide
aden
adis abeba
adélaïde
adén
adís abeba
akra
aktaou
aktau
aktioubinsk
aktiubińsk
aktobe
al-ujun
alger
algeri
algier
algiers
alma ata
alma-ata
almaty
amman
ammán
amsterdam
amsterdã
amã
anadyr
anadyr’
anchorage
andora
andorra
andorre
anguila
anguilla
antananarivo
antananarywa
antigua
antígua
anádyr
apia
aqtau
aqtobe
aqtöbe
araguaina
araguaína
argel
aruba
asgabate
ashgabat
asjabad
asjchabad
asmara
assunção
astrachan
astrachań
astracán
astracã
astrakhan
asuncion
asunción
aszchabad
aten
atenas
atene
ateny
athen
athene
athens
athènes
atikokan
atyraou
atyrau
atıraw
auckland
azoren
azorerna
azores
azory
azzorre
açores
ałmaty
aşgabat
bagdad
bagdá
baghdad
bahia
bahia banderas
bahia de banderas
bahrain
bahrajn
bahrein
bahreïn
bahía
bahía de banderas
bakoe
bakou
baku
bakú
bamako
bandżul
bangi
bangkok
bangui
banjul
barbados
barnaul
barnauł
barnaúl
baréin
beiroet
beirut
beirute
bejrut
belem
belgrad
belgrade
belgrado
belice
belize
belém
belén
beneden prinsen kwartier
berlijn
berlim
berlin
berlino
berlín
bermuda
bermudas
bermudes
bermudy
beulah
beulah (dakota du nord)
beulah, dakota del nord
beulah, dakota del norte
beulah, dakota do norte
beulah, dakota północna
beulah, noord-dakota
beulah, north dakota
beyrouth
bichkek
bischkek
bishkek
bisjkek
bissau
biszkek
bisáu
blanc-sablon
blantyre
boa vista
boedapest
boekarest
bogota
bogotá
boise
bougainville
bratislava
bratysława
brazzaville
brisbane
broken hill
bruksela
brunei
brunei darussalam
brunéi
bruselas
brussel
brussels
bruxelas
bruxelles
bryssel
brüssel
bucarest
bucareste
bucharest
budapest
budapeste
budapeszt
buenos aires
bujumbura
bukarest
bukareszt
busingen
bużumbura
büsingen
büsingen am hochrhein
cabo verde
cabul
caiena
caienna
caimán
cairo
calcuta
calcutta
calcutá
cambridge bay
campo grande
canarias
canarie
canaries
canarische eilanden
canary
cancun
cancún
canton
canton island
canárias
cap-vert
cape verde
capo verde
caracas
cartum
casablanca
casey
casey station
catamarca
catar
cayena
cayenne
cayman
caymanöarna
caïmans
caïro
center
center (dakota du nord)
center, dakota del nord
center, dakota del norte
center, dakota do norte
center, dakota północna
center, noord-dakota
center, north dakota
ceuta
chagos
chagos archipelago
chagosarchipel
chandyga
chartum
chatham
chatham islands
chatnam
chicago
chihuahua
chisinau
chisináu
chita
chitá
chișinău
chovd
chowd
christmas
christmas island
christmaseiland
chuuk
cidade de ho chi minh
cidade desconhecida
cidade do méxico
città del messico
città del vaticano
città sconosciuta
ciudad de méxico
ciudad desconocida
ciudad ho chi minh
ciudad juarez
ciudad juárez
cocos
cocos islands
cocoseilanden
coihaique
colombo
comoras
comore
comores
comoro
comoros
conacri
conakri
conakry
copenaghen
copenhagen
copenhague
cordoba
costa rica
coyhaique
creston
cuiaba
cuiabá
curacao
curazao
curaçao
czagos
czyta
córdoba
daca
dacca
dakar
damas
damasco
damascus
damaskus
damaszek
danmarkshavn
dar es salaam
dar es-salaam
dar es-salam
daressalam
darwin
davis
dawson
dawson creek
denver
detroit
dhaka
dili
djibouti
djibuti
doesjanbe
dominica
dominika
dominique
douala
douchanbé
dschibuti
duala
dubai
dubaj
dubaï
dublin
dublino
dublín
dubái
duchambe
dumont d’urville station
dumont-d’urville
dumontdurville
dusambé
duschanbe
dushanbe
dusjanbe
duszanbe
détroit
dżakarta
dżibuti
dżuba
easter
easter island
ecaterimburgo
edmonton
efate
eirunepe
eirunepé
ekaterimburgo
ekaterinbourg
ekaterinburg
el aaiun
el aaiún
el ayun
el cairo
el salvador
el vaticano
el-aaiún
erevan
ereván
eriwan
erywań
estambul
estocolmo
eucla
faeröer
fakaofo
famagosta
famagouste
famagusta
faroe
faroes
fernando de noronha
fidji
fidschi
fidżi
figi
fiji
fiyi
fort nelson
fortaleza
freetown
funafuti
färöer
gaborone
galapagos
galápagos
galápagos islands
gambier
gambieröarna
gaza
georgia del sud
georgia del sur
georgia południowa
gerusalemme
geórgia do sul
giacarta
giamaica
gibilterra
gibraltar
gibuti
giuba
glace bay
goose bay
gran turca
granada
grand turk
grenada
grenade
guadalcanal
guadalupa
guadalupe
guadeloupe
guaiaquil
guam
guatemala
guayaquil
guernesey
guernsey
guiana
gujana
guyana
gwadelupa
gwatemala
géorgie du sud
halifax
harare
havana
havanna
hawana
hebron
hebrón
helsingfors
helsinki
helsinque
hermosillo
ho chi minh
ho chi minh city
ho chi minh-staden
ho chi minhstad
ho-chi-minh-stadt
hobart
hong kong
hongkong
honolulu
honolulú
hovd
hébron
hô-chi-minh-ville
iakoutsk
il cairo
ilha de canton
ilha de man
ilha de páscoa
ilhas faroé
indianapolis
indianápolis
inuvik
iqaluit
irkoetsk
irkoutsk
irkuck
irkutsk
isla de man
isla de pascua
isla kanton
islas feroe
isle of man
isola di man
isole fær øer
istambul
istanboel
istanbul
ittoqqortoormiit
jacarta
jakarta
jakoetsk
jakuck
jakutsk
jamaica
jamaika
jamajka
jamaïque
jartum
jayapura
jekaterinburg
jekaterinenburg
jekaterynburg
jerevan
jerozolima
jersey
jerusalem
jerusalém
jerusalén
jeruzalem
joanesburgo
johannesburg
johannesburgo
juba
jujuy
julön
juneau
jérusalem
kaapverdië
kaboul
kabul
kaimaninseln
kair
kairo
kajenna
kajmany
kaliningrad
kaliningrado
kalkuta
kalkutta
kamchatka
kamczatka
kampala
kamtchatka
kamtjatka
kamtschatka
kamtsjatka
kanaren
kanarieöarna
kanton
kantonatollen
kap verde
karachi
karaczi
karatschi
katar
kathmandu
katmandou
katmandu
katmandú
kerguelen
kerguelen islands
kerguelenöarna
khandiga
khandyga
khartoem
khartoum
khartum
khovd
kiev
kiew
kigali
kijów
kinshasa
kinszasa
kiritimati
kirov
kirow
kiszyniów
knox
knox [indiana]
knox, indiana
kobdo
koeweit
kokosöarna
kolkata
kolombo
komoren
komorerna
komory
konakry
kopenhaga
kopenhagen
kosrae
kostanaj
kostanay
kostanaï
kostanái
kostaryka
koweït
kralendijk
krasnojarsk
krasnoyarsk
krasnoïarsk
kuala lumpur
kuching
kustanaj
kuwait
kuwejt
kwajalein
kwajalein atoll
kyiv
kyzylorda
kyzyłorda
kzyl orda
kírov
köpenhamn
la barbade
la habana
la havane
la paz
la rioja
la riunione
la réunion
lagos
laâyoune
le caire
le vatican
libreville
lieu inconnu
lima
lindeman
lisboa
lisbon
lisbona
lisbonne
lissabon
liubliana
lizbona
ljubljana
lome
lomé
londen
london
londra
londres
londyn
longyearbyen
lord howe
lord howe island
los angeles
los ángeles
louisville
lower princes
lower prince’s quarter
luanda
lubiana
lublana
lubumbashi
luksemburg
lusaka
lussemburgo
luxembourg
luxemburg
luxemburgo
l’avana
maarianhamina
macao
macassar
macau
maceio
maceió
macquarie
macquarie island
madeira
madera
madri
madrid
madryt
madère
magadan
magadán
mahe
mahé
majotta
majuro
makasar
makassar
makau
malabo
maldivas
maldive
maldiven
maldiverna
maldives
malediven
malediwy
malta
malte
managua
manaos
manaus
manila
manilla
manille
manágua
maputo
marchesi
marengo
marengo [indiana]
marengo, indiana
mariehamn
marigot
markizy
marquesas
marquesas islands
marquesaseilanden
marquesasöarna
marquises
martinica
martinique
martynika
mascate
maseru
maskat
matamoros
maurice
mauricio
mauritius
maurício
mawson
mawson station
mayotte
mazatlan
mazatlán
mbabane
mcmurdo
mcmurdo station
meksyk (miasto)
melbourne
mendoza
menominee
merida
metlakatla
mexico
mexico city
mexico-stad
mexiko-stadt
midway
midway atoll
midwayöarna
minsk
miquelon
miquelón
mińsk
mogadischu
mogadiscio
mogadishu
mogadiszu
mogadíscio
monaco
monako
moncton
monrovia
monróvia
monterrey
montevideo
montevidéu
monticello
monticello [kentucky]
monticello, kentucky
montserrat
mosca
moscou
moscow
moscú
moskau
moskou
moskva
moskwa
muscat
muskat
mérida
mónaco
mônaco
nairobi
nairóbi
nassau
nauru
navidad
nawakszut
ndjamena
ndżamena
new salem
new salem (dakota du nord)
new salem, dakota del nord
new salem, dakota del norte
new salem, dakota do norte
new salem, dakota północna
new salem, noord-dakota
new salem, north dakota
new york
niamey
nicosia
nicosie
nicósia
nieznane miasto
nikosia
nikozja
niue
nome
norfolk
norfolk island
noronha
nouakchott
noumea
nouméa
nova york
novokuzneck
novokuznetsk
novosibirsk
novossibirsk
nowokuznetsk
nowokuźnieck
nowosibirsk
nowosybirsk
nowy jork
nuakchot
nueva york
numea
nuuk
n’djamena
ojinaga
okänd stad
omsk
onbekende stad
oral
oslo
osterinsel
ouagadougou
oulan-bator
oulianovsk
ouralsk
paaseiland
pago pago
palaos
palau
palmer
palmer land
panama
panamá
paramaribo
parigi
parijs
paris
paryż
parís
pasqua
perth
petersburg
petersburg [indiana]
petersburg, indiana
phnom penh
phoenix
pitcairn
pitcairn islands
pitcairnöarna
pjongjang
pjöngjang
podgorica
pohnpei
pontianak
port moresby
port of spain
port-au-prince
port-d’espagne
port-of-spain
porto novo
porto príncipe
porto rico
porto velho
porto-novo
portonovo
portorico
portoryko
praag
prag
praga
prague
puerto españa
puerto príncipe
puerto rico
punta arenas
pyongyang
påskön
qaanaaq
qatar
qostanai
qostanay
qysylorda
qyzylorda
rangoon
rangoun
rangum
rangun
rankin inlet
rarotonga
recife
regina
reikiavik
republika zielonego przylądka
resolute
reunion
reunião
reunión
reykjavik
reykjavík
reyk­ja­vík
riad
riade
riga
rijad
rio branco
rio gallegos
riyad
riyadh
rom
roma
rome
rothera
rothera station
ryga
rzym
réunion
río branco
río gallegos
sacalina
sachalin
saint john’s
saint kitts
saint lucia
saint thomas
saint vincent
saint-barthélemy
saint-christophe
saint-domingue
saint-jean de terre-neuve
saint-marin
saint-pierre
saint-thomas
saint-vincent
sainte-hélène
sainte-lucie
saipan
saipán
sajalín
sakhalin
sakhaline
salta
salvador
salwador
samara
samarcanda
samarcande
samarkand
samarkanda
san bartolomé
san cristóbal
san juan
san juan de terranova
san luis
san marino
san paolo
san salvador de jujuy
san vicente
sankt helena
santa elena
santa helena
santa lucia
santa lucía
santa lúcia
santarem
santarém
santiago
santiago de chile
santo domingo
santo tomé
sant’elena
sao paulo
sao tome
sao tomé
sarajevo
sarajewo
saratov
saratow
saratów
sarátov
scoresbysund
seoul
seul
seúl
shanghai
shanghái
showa
showa station
simferopol
simferópol
sinferopoli
singapore
singapour
singapur
singapura
sint-helena
sitka
sjanghai
skopie
skopje
sofia
sofía
south georgia
srednekolimsk
srednekolymsk
sriedniekołymsk
st barthelemy
st helena
st johns
st kitts
st lucia
st thomas
st vincent
st. barthélemy
st. helena
st. john’s
st. kitts
st. lucia
st. thomas
st. vincent
stambuł
stanley
stoccolma
stockholm
swift current
sydgeorgien
sydney
symferopol
syowa
szanghaj
sztokholm
são bartolomeu
são cristóvão
são paulo
são tomé
são vicente
séoul
sídney
sófia
südgeorgien
tachkent
tahiti
tahití
taipeh
taipei
taipéi
taiti
tajpej
tallin
tallinn
taraua
tarawa
taschkent
tashkent
tasjkent
taskent
taszkient
tbilisi
tbilissi
tchita
teerã
tegucigalpa
teheran
teherán
tehran
tell city
tell city [indiana]
tell city, indiana
thimphu
thule
thulé
tiflis
tijuana
timbu
tirana
tirane
tjita
tokio
tokyo
tomsk
tongatapu
toronto
torshamn
tortola
tripoli
tripoli (libye)
tripolis
troll
troll station
trypolis
trípoli
tschita
tucuman
tucumán
tucumã
tunis
tunisi
téhéran
tóquio
tórtola
túnez
túnis
uagadugú
ulaanbaatar
ulan bator
ulianovsk
uliánovsk
uljanovsk
uljanowsk
ulyanovsk
ulán bator
unbekannt
unknown location
uralsk
urumczi
urumqi
ushuaia
ushuaïa
ust-nera
ust-niera
ust’-nera
ułan bator
vaduz
vancouver
varsavia
varsovia
varsovie
varsóvia
vaticaanstad
vatican
vaticano
vatikan
vatikanen
vevay
vevay [indiana]
vevay, indiana
viena
vienna
vienne
vientiane
vientián
vilna
vilnius
vincennes
vincennes [indiana]
vincennes, indiana
vladivostok
volgograd
volgogrado
vostok
vostok station
wagadugu
wake
wake island
wallis
wallis & futuna
wallis e futuna
wallisön
warsaw
warschau
warszawa
watykan
weihnachtsinsel
wenen
whitehorse
wiedeń
wien
wientian
wilno
winamac
winamac [indiana]
winamac, indiana
windhoek
windhuk
winnipeg
wladiwostok
wolgograd
wostok
wołgograd
wyspa bougainville’a
wyspa bożego narodzenia
wyspa man
wyspa wielkanocna
wyspy gambiera
wyspy kanaryjskie
wyspy kerguelena
wyspy kokosowe
wyspy owcze
władywostok
xangai
yakarta
yakutat
yakutsk
yamena
yangon
yangón (rangún)
yekaterinburg
yerevan
yibuti
zagabria
zagreb
zagrzeb
zuid-georgia
zurich
zurigo
zurique
zurych
zúrich
zürich
áden
ámsterdam
éfaté
île de man
île de pâques
îles canaries
îles féroé
îles gambier
ürümqi
čita
święta helena
абиджан
адак
аддис-абеба
аделаида
аден
азорские о-ва
аккра
актау
актобе
алжир
алматы
амман
амстердам
анадырь
ангилья
андорра
анкоридж
антананариву
антигуа
апиа
арагуаина
аруба
асмэра
астрахань
асунсьон
атырау
афины
ашхабад
багдад
баия
баия-де-бандерас
баку
бамако
банги
бангкок
банжул
барбадос
барнаул
бахрейн
бейрут
белград
белен
белиз
берлин
бермудские о-ва
бисау
бишкек
бланк-саблон
блантайр
боа-виста
богота
бойла, северная дакота
бойсе
браззавиль
братислава
брисбен
брокен-хилл
бруней
брюссель
бугенвиль
будапешт
бужумбура
бухарест
буэнос-айрес
бюзинген-на-верхнем-рейне
вадуц
ванкувер
варшава
ватикан
вевей, индиана
вена
вильнюс
виндхук
виннипег
винсеннес
владивосток
волгоград
восток
вьентьян
габороне
гавана
газа
гайана
галапагосские о-ва
галифакс
гваделупа
гватемала
гернси
гибралтар
глейс-бей
гонконг
гонолулу
гранд-терк
гренада
гуадалканал
гуам
гуаякиль
гус-бей
дакар
дакка
дамаск
дар-эс-салам
дарвин
дейвис
денвер
денмарксхавн
детройт
джакарта
джаяпура
джерси
джибути
джуба
джуно
дили
доминика
доусон
доусон-крик
дуала
дубай
дублин
душанбе
дюмон-д’юрвиль
екатеринбург
ереван
жужуй
загреб
иерусалим
икалуит
индианаполис
инувик
иркутск
йоханнесбург
кабо-верде
кабул
каир
кайенна
калининград
калькутта
кампала
кампу-гранди
канарские о-ва
канкун
каракас
карачи
касабланка
катамарка
катар
катманду
кваджалейн
кеймбридж-бей
кейси
кергелен
кигали
киев
киншаса
киритимати
киров
кишинев
койайке
кокосовые о-ва
коломбо
коморы
конакри
копенгаген
корал-харбор
кордова
косрае
коста-рика
костанай
кралендейк
красноярск
крестон
куала-лумпур
кувейт
кучинг
куяба
кызылорда
кюрасао
ла-пас
ла-риоха
лагос
либревиль
лима
линдеман
лиссабон
ломе
лонгйир
лондон
лорд-хау
лос-анджелес
лоуэр-принс-куотер
луанда
лубумбаши
луисвилл
лусака
любляна
люксембург
маврикий
магадан
мадейра
маджуро
мадрид
майотта
мак-мердо
макао
макасар
маккуори
малабо
мальдивы
мальта
манагуа
манаус
манила
мапуту
маренго, индиана
мариго
мариехамн
маркизские о-ва
мартиника
масатлан
масейо
масеру
маскат
матаморос
маэ
мбабане
мельбурн
мендоса
меномини
мерида
метлакатла
мехико
микелон
минск
могадишо
монако
монктон
монровия
монтевидео
монтеррей
монтиселло, кентукки
монтсеррат
москва
моусон
найроби
нассау
науру
нджамена
неизвестный город
ниамей
никосия
ниуэ
новокузнецк
новосибирск
нокс, индиана
ном
норонья
норфолк
нуакшот
нумеа
нуук
нью-йорк
нью-сейлем, северная дакота
о-в кантон
о-в мэн
о-в пасхи
о-в рождества
о-в сахалин
о-в святой елены
о-ва гамбье
о-ва мидуэй
окленд
омск
осло
острова кайман
охинага
паго-паго
палау
палмер
панама
парамарибо
париж
перт
петропавловск-камчатский
питерсберг, индиана
питкэрн
пномпень
подгорица
понпеи
понтианак
порт-морсби
порт-о-пренс
порт-оф-спейн
порто-ново
порту-велью
прага
пунта-аренас
пуэрто-рико
пхеньян
ранкин-инлет
раротонга
реджайна
резольют
рейкьявик
ресифи
реюньон
рига
рим
рио-гальегос
риу-бранку
ротера
сайпан
сальвадор
сальта
самара
самарканд
сан-луис
сан-марино
сан-паулу
сан-томе
сан-хуан
сантарен
санто-доминго
сантьяго
сараево
саратов
свифт-керрент
сен-бартелеми
сент-винсент
сент-джонс
сент-китс
сент-люсия
сент-томас
сеул
сеута
сидней
симферополь
сингапур
ситка
скопье
скорсбисунн
софия
среднеколымск
стамбул
стокгольм
стэнли
сьюдад-хуарес
сёва
таити
тайбэй
таллин
тарава
ташкент
тбилиси
тегеран
тегусигальпа
телл-сити
тирана
тихуана
токио
томск
тонгатапу
торонто
тортола
триполи
тролль
трук
тукуман
туле
тунис
тхимпху
уагадугу
уайтхорс
уинамак
улан-батор
ульяновск
уоллис
уральск
урумчи
усть-нера
ушуая
уэйк
факаофо
фамагуста
фарерские о-ва
фиджи
финикс
форт нельсон
форталеза
фритаун
фунафути
хандыга
хараре
хартум
хеврон
хельсинки
хобарт
ховд
хошимин
центр, северная дакота
цюрих
чагос
чатем
чикаго
чита
чиуауа
шанхай
эдмонтон
эйрунепе
эль-аюн
эр-рияд
эрмосильо
эфате
южная георгия
юкла
якутат
якутск
ямайка
янгон
アイウン
アクタウ
アクトベ
アクラ
アシガバード
アジスアベバ
アストラハン
アスマラ
アスンシオン
アゾレス
アダック
アティコカン
アティラウ
アテネ
アデレード
アデン
アナディリ
アビジャン
アピア
アムステルダム
アラグァイナ
アルジェ
アルバ
アルマトイ
アンカレッジ
アンギラ
アンタナナリボ
アンティグア
アンドラ
アンマン
イカルイット
イスタンブール
イトコルトルミット
イヌヴィク
イルクーツク
インディアナポリス
インディアナ州ウィナマック
インディアナ州テルシティ
インディアナ州ノックス
インディアナ州ビベー
インディアナ州ビンセンス
インディアナ州ピーターズバーグ
インディアナ州マレンゴ
イースター島
ウィニペグ
ウィントフック
ウィーン
ウェーク島
ウォリス諸島
ウシュアイア
ウスチネラ
ウラジオストク
ウランバートル
ウリヤノフスク
ウルムチ
エイルネペ
エカテリンブルグ
エドモントン
エフェテ島
エルサルバドル
エルサレム
エルモシヨ
エレバン
オスロ
オヒナガ
オムスク
オラル
オークランド
カイエンヌ
カイロ
カサブランカ
カタマルカ
カタール
カトマンズ
カナリア
カブール
カムチャッカ
カラカス
カラチ
カリーニングラード
カンクン
カントン島
カンパラ
カンポグランデ
カーボベルデ
ガイアナ
ガザ
ガダルカナル
ガラパゴス
ガンビエ諸島
ガーンジー
キガリ
キシナウ
キュラソー
キリスィマスィ島
キンシャサ
キーウ
キーロフ
クアラルンプール
クイアバ
クウェート
クェゼリン
クズロルダ
クチン
クラスノヤルスク
クラレンダイク
クリスマス島
クレストン
グアテマラ
グアドループ
グアム
グアヤキル
グランドターク
グレナダ
グレースベイ
グースベイ
ケイマン
ケルゲレン諸島
ケンタッキー州モンティチェロ
ケンブリッジベイ
ケーシー基地
ココス諸島
コジャイケ
コスタナイ
コスタリカ
コスラエ
コナクリ
コペンハーゲン
コモロ
コルカタ
コルドバ
コロンボ
サイパン
サウスジョージア
サハリン
サマラ
サマルカンド
サラエボ
サラトフ
サルタ
サンタレム
サンチアゴ
サントドミンゴ
サントメ
サンパウロ
サンファン
サンマリノ
サンルイス
サン・バルテルミー
ザグレブ
シウダー・フアレス
シカゴ
シトカ
シドニー
シンガポール
シンフェロポリ
ジブチ
ジブラルタル
ジャカルタ
ジャマイカ
ジャヤプラ
ジャージー
ジュノー
ジュバ
スウィフトカレント
スコピエ
スタンレー
ストックホルム
スレドネコリムスク
セウタ
セントクリストファー
セントジョンズ
セントトーマス
セントビンセント
セントヘレナ
セントルシア
ソウル
ソフィア
タシケント
タヒチ
タラワ
タリン
ダカール
ダッカ
ダブリン
ダマスカス
ダルエスサラーム
ダーウィン
チタ
チャゴス
チャタム
チュニス
チューク
チューリッヒ
チューレ
チワワ
ティフアナ
ティラナ
ティンプー
テグシガルパ
テヘラン
ディリ
デトロイト
デュモン・デュルヴィル基地
デンバー
デンマークシャウン
デービス基地
トゥクマン
トビリシ
トムスク
トリポリ
トルトーラ
トロル基地
トロント
トンガタプ
ドゥアラ
ドゥシャンベ
ドバイ
ドミニカ
ドーソン
ドーソンクリーク
ナイロビ
ナウル
ナッソー
ニアメ
ニウエ
ニコシア
ニューヨーク
ヌアクショット
ヌメア
ヌーク
ノローニャ
ノヴォクズネツク
ノヴォシビルスク
ノースダコタ州センター
ノースダコタ州ニューセーラム
ノースダコタ州ビューラー
ノーフォーク島
ノーム
ハバナ
ハボローネ
ハラレ
ハリファクス
ハルツーム
ハンドゥイガ
バイアバンデラ
バイーア
バクー
バグダッド
バチカン
バマコ
バミューダ
バルナウル
バルバドス
バンギ
バンクーバー
バンコク
バンジュール
バーレーン
パゴパゴ
パナマ
パラオ
パラマリボ
パリ
パース
パーマー基地
ビエンチャン
ビサウ
ビシュケク
ビュージンゲン
ピトケアン諸島
ファカオフォ
ファドゥーツ
ファマグスタ
フィジー
フェニックス
フェロー
フォルタレザ
フォートネルソン
フナフティ
フフイ
フリータウン
ブエノスアイレス
ブカレスト
ブジュンブラ
ブダペスト
ブラザビル
ブラチスラバ
ブランタイヤ
ブラン・サブロン
ブリスベン
ブリュッセル
ブルネイ
ブロークンヒル
ブーゲンビル
プエルトリコ
プノンペン
プラハ
プンタアレナス
ヘブロン
ヘルシンキ
ベイルート
ベオグラード
ベリーズ
ベルリン
ベレン
ホノルル
ホバート
ホブド
ホワイトホース
ホーチミン
ボアビスタ
ボイシ
ボゴタ
ボストーク基地
ボルゴグラード
ポドゴリツァ
ポルトノボ
ポルトベーリョ
ポルトープランス
ポンティアナック
ポンペイ島
ポートオブスペイン
ポートモレスビー
マカオ
マカッサル
マガダン
マクマード基地
マサトラン
マジュロ
マスカット
マセイオ
マセル
マタモロス
マッコリー
マデイラ
マドリード
マナウス
マナグア
マニラ
マプト
マヘ
マヨット
マラボ
マリエハムン
マリゴ
マルキーズ
マルタ
マルティニーク
マン島
ミクロン島
ミッドウェー島
ミンスク
ムババーネ
メキシコシティー
メトラカトラ
メノミニー
メリダ
メルボルン
メンドーサ
モガディシオ
モスクワ
モナコ
モルディブ
モンクトン
モンテビデオ
モンテレイ
モントセラト
モンロビア
モーソン基地
モーリシャス
ヤクタット
ヤクーツク
ヤンゴン
ユークラ
ヨハネスブルグ
ラゴス
ラパス
ラリオハ
ラロトンガ
ランキンインレット
リオガジェゴス
リオブランコ
リガ
リスボン
リマ
リヤド
リュブリャナ
リンデマン
リーブルヴィル
ルアンダ
ルイビル
ルクセンブルク
ルサカ
ルブンバシ
レイキャビク
レシフェ
レジャイナ
レゾリュート
レユニオン
ロサンゼルス
ロゼラ基地
ロメ
ロングイェールビーン
ロンドン
ロードハウ
ローマ
ローワー・プリンセズ・クウォーター
ワガドゥグー
ワルシャワ
ンジャメナ
ヴィリニュス
万象
上海
下太子区
东京
东加塔布
中科雷姆斯克
中途岛
丹佛
丹马沙文
乌兰巴托
乌拉尔
乌斯内拉
乌斯怀亚
乌里扬诺夫斯克
乌鲁木齐
亚丁
亚库塔特
亚松森
亚的斯亚贝巴
亚速尔群岛
仰光
伊努维克
伊尔库茨克
伊斯坦布尔
伊魁特
伏尔加格勒
休达
伦敦
伯利兹
佛得角
依伦尼贝
克孜洛尔达
克拉伦代克
克拉斯诺亚尔斯克
克雷斯顿
兰今湾
关岛
内罗毕
凤凰城
凯尔盖朗
利伯维尔
利雅得
利马
剑桥湾
加尔各答
加德满都
加拉加斯
加沙
加那利
加里宁格勒
努克
努瓦克肖特
努美阿
北达科他州新塞勒姆
北达科他州比尤拉
北达科他州申特
华沙
华雷斯城
南乔治亚
博伊西
博阿维斯塔
卡塔尔
卡塔马卡
卡塞
卡宴
卡拉奇
卡萨布兰卡
卢布尔雅那
卢本巴希
卢森堡
卢萨卡
印第安纳州威纳马克
印第安纳州彼得斯堡
印第安纳州温森斯
印第安纳州特尔城
印第安纳州维维市
印第安纳州诺克斯
印第安纳州马伦戈
印第安纳波利斯
危地马拉
古斯湾
古晋
可可斯
台北
叶卡捷琳堡
吉布提
吉隆坡
哈利法克斯
哈博罗内
哈拉雷
哈瓦那
哥斯达黎加
哥本哈根
喀土穆
喀布尔
图勒
图库曼
圣保罗
圣卢西亚
圣地亚哥
圣基茨
圣塔伦
圣多明各
圣多美
圣巴泰勒米岛
圣托马斯
圣文森特
圣约翰斯
圣胡安
圣诞岛
圣赫勒拿
圣路易斯
圣马力诺
圭亚那
地域不明
地拉那
坎帕拉
坎昆
坎顿岛
坤甸
埃德蒙顿
埃法特
埃莫西约
埃达克
埃里温
基加利
基希讷乌
基洛夫
基辅
基里地马地岛
堪察加
塔什干
塔希提
塔拉瓦
塔林
塞班
墨尔本
墨西哥城
复活节岛
多伦多
多米尼加
大坎普
大特克
大马士革
太子港
夸贾林
奇瓦瓦
奥克兰
奥希纳加
奥斯陆
姆巴巴纳
威克
安克雷奇
安圭拉
安塔那那利佛
安提瓜
安曼
安道尔
密克隆
富纳富提
尤克拉
尼亚美
尼科西亚
巴伊亚
巴伊亚班德拉斯
巴尔瑙尔
巴巴多斯
巴库
巴拿马
巴林
巴格达
巴马科
巴黎
布兰克萨布隆
布兰太尔
布加勒斯特
布宜诺斯艾利斯
布干维尔
布拉柴维尔
布拉格
布拉迪斯拉发
布琼布拉
布罗肯希尔
布辛根
布达佩斯
布里斯班
布鲁塞尔
希伯伦
帕劳
帕尔默
帕拉马里博
帕果帕果
帝力
平壌
平壤
库亚巴
库拉索
库斯塔奈
库赛埃
底特律
廷布
开曼
开罗
弗里敦
德黑兰
怀特霍斯
恩贾梅纳
悉尼
戴维斯
托尔托拉
托木斯克
拉各斯
拉巴斯
拉罗汤加
拉里奥哈
拿骚
摩加迪沙
摩纳哥
撒马尔罕
文莱
斐济
斯坦利
斯威夫特卡伦特
斯德哥尔摩
斯科列斯比桑德
斯科普里
新加坡
新库兹涅茨克
新西伯利亚
明斯克
昭和
昭和基地
曼谷
朗伊尔城
望加锡
未知地点
朱巴
朱诺
杜尚别
杜阿拉
東京
林德曼
柏林
查亚普拉
查塔姆
查戈斯
根西岛
格林纳达
格莱斯贝
梅特拉卡特拉
梅诺米尼
梅里达
梵蒂冈
檀香山
比什凯克
比绍
毛里求斯
汉德加
沃斯托克
法罗
法考福
法马古斯塔
波哥大
波多诺伏
波多韦柳
波多黎各
波德戈里察
波纳佩岛
泽西岛
洛杉矶
洛罗尼亚
洛美
海参崴
温哥华
温尼伯
温得和克
澳门
牙买加
特古西加尔巴
特罗尔
特鲁克群岛
玛丽港
珀斯
班吉
班珠尔
瑙鲁
瓜亚基尔
瓜德罗普
瓜达尔卡纳尔
瓦利斯
瓦加杜古
瓦杜兹
甘比尔
留尼汪
百慕大
的黎波里
皮特凯恩
直布罗陀
福塔雷萨
科伊艾克
科伦坡
科威特
科尔多瓦
科布多
科摩罗
科纳克里
科隆群岛
突尼斯
第比利斯
索非亚
累西腓
约翰内斯堡
纳尔逊堡
纽埃
纽约
维也纳
维尔纽斯
罗安达
罗瑟拉
罗马
耶路撒冷
肯塔基州蒙蒂塞洛
胡志明市
胡胡伊
芝加哥
苏黎世
莫尔兹比港
莫斯科
莫森
萨哈林
萨尔塔
萨尔瓦多
萨拉托夫
萨拉热窝
萨格勒布
萨马拉
蒂华纳
蒙克顿
蒙得维的亚
蒙特塞拉特
蒙特雷
蒙罗维亚
蓬塔阿雷纳斯
西班牙港
诺姆
诺福克
豪勋爵岛
贝伦
贝尔格莱德
贝鲁特
赤塔
赫尔辛基
路易斯维尔
辛菲罗波尔
达卡
达喀尔
达尔文
达累斯萨拉姆
迪拜
迪蒙·迪维尔
道森
道森克里克
都柏林
鄂木斯克
里加
里奥加耶戈斯
里奥布郎库
里斯本
里贾纳
金沙萨
金边
锡特卡
门多萨
阿什哈巴德
阿克套
阿克托别
阿克拉
阿姆斯特丹
阿尔及尔
阿尤恩
阿德莱德
阿拉木图
阿拉瓜伊纳
阿斯特拉罕
阿斯马拉
阿比让
阿特劳
阿皮亚
阿纳德尔
阿蒂科肯
阿鲁巴
雅典
雅加达
雅库茨克
雷克雅未克
雷索卢特
霍巴特
首尔
香港
马克萨斯
马加丹
马埃岛
马塔莫罗斯
马塞卢
马塞约
马尔代夫
马尼拉
马德拉
马德里
马恩岛
马拉博
马提尼克
马斯喀特
马普托
马朱罗
马瑙斯
马约特
马耳他
马萨特兰
马那瓜
马里戈特
麦克默多
麦夸里岛
"""
