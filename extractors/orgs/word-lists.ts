// Small closed word lists the company finder reads context with. All keys are lower-case.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Capitalized words that start sentences or headings but never name a company. */
export const STOP_WORDS = set(`
  a an the and or but nor so yet if as at by for from in into of on onto to with without within
  this that these those there here it its it's he she they we you i me my our your their his her them us
  who whom whose which what when where why how while whereas although though because since until unless
  after before during under over above below between among through throughout across against about
  all any both each either neither every some many much more most few several other another such no not
  one two three four five six seven eight nine ten first second third last next new old
  also however meanwhile still even only just then thus hence instead rather indeed besides moreover
  plus together overall now finally again further additionally separately elsewhere
  according including despite unlike like per via amid
  is are was were be been being has have had do does did will would can could should may might must shall
  mr mrs ms dr sir st
  ai gpu gpus cpu tpu tpus ceo cfo coo cto ipo llm llms api gw mw kw twh mwh
  chief executive president chairman chairwoman founder co-founder analyst analysts investors shares stock
  management officials executives sources regulators people
  wall street big tech silicon valley
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const DAYS = set('monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow');

/** Countries, states, regions and cities that news pairs with deal words ("from Texas", "in Paris"). */
export const PLACES = set(`
  us u.s usa america americas united states kingdom uk u.k britain england scotland wales ireland
  europe european eu asia africa australia canada mexico brazil argentina chile china taiwan japan korea india
  indonesia malaysia singapore thailand vietnam philippines france germany italy spain portugal netherlands belgium
  switzerland austria sweden norway denmark finland iceland poland israel turkey russia ukraine egypt
  saudi arabia uae emirates qatar kuwait bahrain oman dubai abu dhabi riyadh doha
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada hampshire jersey york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee
  texas utah vermont virginia washington wisconsin wyoming
  london paris berlin frankfurt amsterdam dublin madrid lisbon milan rome stockholm oslo tokyo seoul beijing
  shanghai shenzhen hong kong taipei mumbai delhi sydney melbourne toronto montreal vancouver ottawa
  seattle austin dallas houston phoenix atlanta chicago boston denver memphis abilene
  north south east west northern southern eastern western central new san los las santa francisco diego
  street avenue county city state province region island valley
`);

/** Adjectives of nationality that precede company names ("British AI company ..."). */
export const DEMONYMS = set(`
  american british english french german italian spanish dutch swiss swedish norwegian danish finnish irish
  european chinese japanese korean taiwanese indian saudi emirati qatari israeli canadian australian russian
  asian african gulf western global international national federal scottish welsh texan californian nordic
  scandinavian latin arab middle
`);

/** Words before a name that make it a person ("CEO Sam Altman", "minister Eric Lombard"). */
export const PERSON_TITLES = set(`
  ceo cfo coo cto chief executive president prime vice chairman chairwoman chair founder co-founder cofounder
  minister secretary senator governor mayor director officer head boss analyst analysts spokesperson spokesman
  spokeswoman mr mrs ms dr sir lord lady prof professor judge representative rep sen gov chancellor premier
  king queen prince sheikh crown partner investor billionaire manager engineer economist reporter editor
  lt col gen sgt capt adm maj host anchor writer designer author actor singer coach lawmaker attorney lawyer
`);

/**
 * Given names common enough in business news to mark a capitalized run as a person.
 * Surnames are learned per text from these ("Sam Altman" ... "Altman said").
 */
export const FIRST_NAMES = set(`
  sam elon jensen satya sundar mark larry lisa dario daniela mustafa masayoshi arthur andy andrew matt matthew
  safra thomas hock michael brad kevin jean krishna jonathan stephen steve steven greg gregory ilya mira
  demis sergey bill jeff jeffrey tim timothy pat patrick john james robert david richard joseph charles
  christopher daniel paul george kenneth edward brian ronald anthony ryan jason gary eric nicholas jacob
  benjamin samuel frank scott raymond alexander alex patrick jack dennis jerry tyler aaron henry peter
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy betty margaret sandra
  ashley emily donna michelle carol amanda melissa deborah laura rebecca sharon cynthia kathleen amy
  angela anna emma olivia sophia marc emmanuel donald joe kamala keir rishi olaf giorgia narendra xi
  chris mike dan ben tom nick josh jim bob ken dave rob ron ted doug joel adam ethan noah liam luke
  ruth rachel julia claire priya raj rajesh amit arvind sundar shantanu vinod reid marc-andre
  arkady ivan dmitry vladimir yuri olga fatima mohammed mohamed ahmed ali omar khalid tahnoon
  kai wei li ming jun hiroshi takeshi yoshi masa lip-bu lip chase clara bernard bernie
  philippe pierre nicolas francois françois cesar césar stephane stéphane cedric cédric marie sophie
  jose josé carlos juan luis miguel pedro antonio maria
  gwynne jay joshua nat kate warren charlie rene renee jamie jordan taylor morgan casey
`);

/** Nouns that, before or in apposition to a capitalized name, say it is a company. */
export const COMPANY_NOUNS = set(`
  company startup start-up firm operator provider developer maker chipmaker manufacturer miner utility lab
  laboratory group conglomerate fund platform supplier owner builder lender giant specialist subsidiary venture
  outfit neocloud hyperscaler producer generator lessor landlord bank insurer carrier reit unit
  rival contractor integrator vendor exchange marketplace cooperative co-op consortium cloud
  agency authority regulator
`);

/** Company nouns no person is called by: "owner", "developer" or "partner" may be one. */
export const ORG_ONLY_NOUNS = set(`
  company startup start-up firm operator provider utility lab group fund platform agency authority regulator
  cooperative co-op consortium subsidiary neocloud hyperscaler bank insurer reit cloud conglomerate chipmaker
`);

/** Plural nouns before "including" / "such as" that introduce a list of companies. */
export const LIST_HEADS = set(`
  companies firms startups start-ups operators providers developers makers chipmakers manufacturers miners
  utilities labs groups funds investors backers customers clients tenants partners lenders banks suppliers
  vendors rivals peers competitors players hyperscalers neoclouds names buyers sellers shareholders clouds agencies
`);

/**
 * Verbs that follow a company acting in a deal ("Acme signed", "Acme announced"). Not "said": in
 * news a lone capitalized word before "said" is mostly a person's surname ("Esper said").
 */
export const DEAL_VERBS = set(`
  signed signs agreed agrees struck strikes inked inks invested invests acquired acquires bought buys raised awarded awards
  raises secured secures committed commits pledged partnered leased leases supplies provides builds
  announced announces plans expects confirmed disclosed
  won wins landed lands clinched chosen selected picked tapped
`);

/** Verbs that mark their subject a company only with an object after them ("Harwick led a $500 million round"). */
export const OBJECT_DEAL_VERBS = set('led leads');

/** Verbs whose receiving side follows "to" ("supply 300 MW to Zentrix"). */
export const SUPPLY_TO_VERBS = set(`
  supply supplies supplied supplying provide provides provided providing sell sells sold selling
  deliver delivers delivered delivering lease leases leased leasing rent rents rented renting lend lends lent lending
`);

/** Deal verbs whose direct object is the counterparty ("pay Calder $9.7 billion", "signed Zentrix as its tenant"). */
export const DIRECT_OBJECT_VERBS = set('pay pays paid paying signed signs supply supplies supplying tapped picked chose selected');

/** Base forms that count only after an auxiliary ("Acme will invest", "Acme agreed to buy"). */
export const BASE_DEAL_VERBS = set('sign invest acquire buy lease supply provide build raise deliver develop operate finance fund host lend rent purchase');

/** Auxiliaries and time words allowed between a subject and its deal verb ("Acme on Monday signed"). */
export const VERB_FILLERS = set('has have had will would to also been on monday tuesday wednesday thursday friday earlier later recently');

/** Words around "with X" / "from X" that make X a counterparty rather than a place or a time. */
export const DEAL_NOUNS = set(`
  deal deals agreement agreements contract contracts pact partnership partnerships arrangement accord
  investment investments stake funding financing loan lease leasing leases capacity chips gpus power electricity
  order orders purchase buy buying rent renting capital equity backing commitment tie-up venture
  signed agreed struck inked partnered teamed mou mous loi raised raising bought purchased leased rented
`);

/** Deal nouns for money a country can give ("a commitment from Saudi Arabia"), unlike goods from a place ("chips from Taiwan"). */
export const FUNDING_NOUNS = set('commitment commitments investment investments funding financing backing capital loan loans pledge grant grants subsidy subsidies');

/** Final words that make a capitalized run a company by themselves ("Acme Holdings", "Foo Corp."). */
export const STRONG_SUFFIXES = set(`
  inc incorporated corp corporation ltd limited llc plc ag sa se asa nv gmbh bv holdings group co pbc lp llp
  partners capital ventures technologies labs investments management pvt
`);

/**
 * Legal forms written in a fixed case ("Lumavik AB", "Tuulivoima Oy"): two-letter ones are
 * common words in any other case ("as", "ab").
 */
export const LEGAL_FORMS = new Set(['AB', 'AS', 'Oy', 'Oyj', 'SpA', 'SAS', 'KK', 'Pte', 'Bhd', 'Srl', 'SRL', 'ApS', 'KG', 'Pty']);

/** Final words common in company names but also in other proper names: need a distinctive head word. */
export const WEAK_SUFFIXES = set(`
  energy power systems networks semiconductor semiconductors computing robotics mining digital infrastructure
  cloud utilities electric datacenters dataworks ai industries solutions software microsystems technology
  data centers centres datacentres compute chips energi kraft hydro datacom credit fund telecom
  photonics optics electronics atomics foundry grid renewables solar nuclear storage communications wireless
  hosting tech realty properties infra platforms telekom telco atomic fusion geothermal bank
  rechenzentrum rechenzentren energie energia centrum
`);

/** "X Green Energy", "X Renewable Power": a company's unit named by its parent and its trade. */
export const UNIT_SUFFIXES = set(`
  partners capital ventures technologies labs investments management
  energy power renewables utilities electric solar wind nuclear hydro datacenters
`);

/** "a joint venture, Tata Kaveri AI Parks,": nouns that introduce the name of a new company after a comma. */
export const NEW_ENTITY_NOUNS = set('venture subsidiary entity vehicle spin-off spinoff');

/** "a campus developed by X", "a round led by X": verbs whose agent is the company behind a site, product or deal. */
export const BUILT_BY_VERBS = set('developed built operated owned managed run led headed backed funded financed');

/** Heads of a government body's name: "Ministry of Finance", "the Energy Ministry". */
export const GOVERNMENT_BODIES = set('ministry department agency office bureau directorate');

/** Last words of an organization named with its acronym ("Emirates Water and Electricity Company (EWEC)"). */
export const ORG_HEADS = set(`
  company corporation authority agency commission board ministry department fund bank council administration
  organisation organization institute office cooperative association trust utility operator
`);

/** Words after an ambiguous name that show it acts as a company ("Lambda said", "Stack CEO"). */
export const CUE_AFTER = set(`
  said says signed agreed announced struck inked will plans shares stock chief ceo executive founder co-founder
  spokesperson spokesman spokeswoman declined raised reported expects inc corp ltd llc plc
`);

/** Capitalized words in headings and at sentence starts that describe rather than name ("Clean Energy"). */
export const GENERIC_WORDS = set(`
  clean renewable nuclear solar wind green fossil grid natural gas carbon low zero net sovereign generative
  artificial intelligence quantum advanced applied general open smart digital cloud data center centers power
  energy compute computing network networks national regional local public private american
`);

/** Nouns after "X's" that only a company has ("Acme's shares", "Acme's chief executive"). */
export const COMPANY_POSSESSIONS = set(`
  shares stock stake board revenue revenues valuation chief ceo cfo customers data cloud chips market
  subsidiary unit campus campuses facility facilities
`);

/** Words before "in X" that make X a company ("a stake in X", "invest $5bn in X"). */
export const STAKE_WORDS = set('stake stakes invest invested investing investment investments shares round rounds');
