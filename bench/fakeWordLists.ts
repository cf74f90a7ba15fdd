/** Word lists for fake but plausible professional contacts (one list per template string, `;`-separated). */

const list = (text: string): string[] =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)

export const firstNames = list(`
  James; Mary; Robert; Patricia; John; Jennifer; Michael; Linda; David; Elizabeth; William; Barbara; Richard;
  Susan; Joseph; Jessica; Thomas; Sarah; Christopher; Karen; Daniel; Lisa; Matthew; Nancy; Anthony; Sandra; Mark;
  Ashley; Steven; Emily; Andrew; Michelle; Joshua; Amanda; Kevin; Melissa; Brian; Stephanie; Ryan; Rebecca;
  Priya; Arjun; Ananya; Rahul; Deepika; Vikram; Sneha; Aditya; Kavya; Rohan; Wei; Li; Jing; Hao; Mei; Chen; Xin;
  Yu; Lei; Ying; Hiroshi; Yuki; Kenji; Sakura; Takumi; Aiko; Min-jun; Seo-yeon; Ji-ho; Ha-eun; Mohammed; Fatima;
  Ahmed; Aisha; Omar; Layla; Youssef; Mariam; Karim; Nour; José; María; Carlos; Lucía; Javier; Sofía; Miguel;
  Valentina; Diego; Camila; João; Ana; Pedro; Beatriz; Lucas; Gabriela; Mateus; Larissa; Rafael; Juliana; Pierre;
  Camille; Louis; Chloé; Antoine; Léa; Hugo; Manon; Julien; Élodie; Lukas; Anna; Felix; Lena; Jonas; Marie; Leon;
  Hannah; Maximilian; Laura; Giulia; Marco; Francesca; Alessandro; Chiara; Lorenzo; Sara; Matteo; Elena; Luca;
  Olga; Dmitri; Natalia; Ivan; Katarzyna; Piotr; Agnieszka; Tomasz; Ewa; Marek; Chidi; Ngozi; Kwame; Amara;
  Tunde; Zainab; Kofi; Adaeze; Emeka; Folake; Sven; Ingrid; Erik; Astrid; Lars; Freya; Nils; Sigrid; Mats;
  Linnea; Noah; Olivia; Liam; Emma; Ethan; Ava; Mason; Mia; Logan; Harper; Aiden; Zoe; Caleb; Nora; Isaac; Grace;
  Owen; Chloe; Wyatt; Riley
`)

export const lastNames = list(`
  Smith; Johnson; Williams; Brown; Jones; Garcia; Miller; Davis; Rodriguez; Martinez; Hernandez; Lopez; Gonzalez;
  Wilson; Anderson; Thomas; Taylor; Moore; Jackson; Martin; Lee; Perez; Thompson; White; Harris; Sanchez; Clark;
  Ramirez; Lewis; Robinson; Walker; Young; Allen; King; Wright; Scott; Torres; Nguyen; Hill; Flores; Patel;
  Sharma; Singh; Kumar; Gupta; Reddy; Iyer; Nair; Mehta; Joshi; Wang; Zhang; Liu; Chen; Yang; Huang; Zhao; Wu;
  Zhou; Xu; Sato; Suzuki; Takahashi; Tanaka; Watanabe; Kim; Park; Choi; Jung; Kang; Haddad; Khalil; Hassan;
  Mansour; Nasser; Farah; Aziz; Saleh; Rahman; Karimi; Silva; Santos; Oliveira; Souza; Costa; Pereira; Almeida;
  Ferreira; Carvalho; Ribeiro; Dubois; Moreau; Laurent; Lefebvre; Bernard; Fontaine; Rousseau; Girard; Mercier;
  Blanc; Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Hoffmann; Schulz; Rossi; Russo;
  Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Ivanov; Petrov; Smirnova; Kowalski; Nowak;
  Wiśniewski; Novák; Horváth; Popescu; Kovač; Okafor; Adeyemi; Mensah; Okonkwo; Balogun; Boateng; Diallo; Mwangi;
  Abebe; Osei; Andersson; Johansson; Karlsson; Nilsson; Hansen; Jensen; Nielsen; Larsen; Virtanen; Korhonen;
  O'Brien; Murphy; Kelly; Byrne; Walsh; MacDonald; Campbell; Stewart; Fraser; Reid; van der Berg; de Vries;
  Jansen; Bakker; Visser; Cohen; Levi; Friedman; Katz; Shapiro
`)

/** Seniority prefixes of a position; the blanks make plain titles the most common. */
export const seniorities = ['', '', '', 'Senior ', 'Senior ', 'Lead ', 'Principal ', 'Staff ', 'Junior ', 'Associate ']

export const roles = list(`
  Software Engineer; Product Manager; Product Designer; Data Scientist; Data Engineer; Engineering Manager;
  Marketing Manager; Account Executive; Sales Manager; Recruiter; Talent Acquisition Partner;
  HR Business Partner; Financial Analyst; Consultant; Business Analyst; Project Manager; Program Manager;
  UX Researcher; DevOps Engineer; Security Engineer; Customer Success Manager; Solutions Architect;
  Machine Learning Engineer; Content Strategist; Growth Marketer; Operations Manager; Investment Associate;
  Legal Counsel; Research Scientist; Brand Manager; Community Manager; Technical Writer; QA Engineer;
  Mobile Developer
`)

export const executiveTitles = list(`
  CEO; CTO; CFO; COO; Founder; Co-Founder; VP of Engineering; VP of Sales; VP of Marketing; Head of Product;
  Head of Design; Head of People; Director of Engineering; Managing Director; Partner
`)

export const locations = list(`
  London, United Kingdom; Paris, Île-de-France, France; Berlin, Germany; Amsterdam, Netherlands; Madrid, Spain;
  Barcelona, Spain; Lisbon, Portugal; Milan, Italy; Zürich, Switzerland; Stockholm, Sweden; Copenhagen, Denmark;
  Dublin, Ireland; Warsaw, Poland; Munich, Bavaria, Germany; Brussels, Belgium;
  New York, New York, United States; San Francisco Bay Area; Seattle, Washington, United States;
  Austin, Texas, United States; Boston, Massachusetts, United States; Chicago, Illinois, United States;
  Toronto, Ontario, Canada; Montreal, Quebec, Canada; São Paulo, Brazil; Mexico City, Mexico;
  Bengaluru, Karnataka, India; Mumbai, Maharashtra, India; Singapore; Tokyo, Japan; Seoul, South Korea;
  Sydney, New South Wales, Australia; Dubai, United Arab Emirates; Lagos, Nigeria; Nairobi, Kenya;
  Cape Town, Western Cape, South Africa; Tel Aviv, Israel; Remote
`)

export const tagWords = list(`
  engineering; design; product; sales; marketing; investor; founder; recruiter; mentor; ex-colleague; alumni;
  conference; hiring; ai; fintech; healthtech; climate; open-source; speaker; potential-client; partner; friend;
  advisor; journalist; community
`)

export const communityNames = list(`
  Product School; Women in Tech; Lean Coffee; React Paris; PyData; Indie Hackers; On Deck; Toastmasters;
  Climate Tech Collective; Founders Network; Design Buddies; DevRel Collective; Angel Squad; Mind the Product;
  Rust Meetup
`)

export const meetingPlaces = list(`
  Web Summit; a meetup; a mutual friend; university; a previous job; a hackathon; Twitter; a podcast;
  a conference talk; a coworking space; an alumni dinner; a customer call
`)

/** Companies, each with the domain its staff's email uses (`name|domain`). */
export const companies: Array<[name: string, domain: string]> = list(`
  Google|google.com; Microsoft|microsoft.com; Amazon|amazon.com; Apple|apple.com; Meta|meta.com;
  Netflix|netflix.com; Salesforce|salesforce.com; Adobe|adobe.com; Oracle|oracle.com; IBM|ibm.com; SAP|sap.com;
  Shopify|shopify.com; Stripe|stripe.com; Atlassian|atlassian.com; Spotify|spotify.com; Airbnb|airbnb.com;
  Uber|uber.com; Datadog|datadoghq.com; Snowflake|snowflake.com; Cloudflare|cloudflare.com; GitHub|github.com;
  GitLab|gitlab.com; HubSpot|hubspot.com; Zendesk|zendesk.com; Deloitte|deloitte.com; PwC|pwc.com; EY|ey.com;
  KPMG|kpmg.com; McKinsey & Company|mckinsey.com; Boston Consulting Group|bcg.com; Bain & Company|bain.com;
  Accenture|accenture.com; Capgemini|capgemini.com; Infosys|infosys.com; Tata Consultancy Services|tcs.com;
  Goldman Sachs|gs.com; JPMorgan Chase|jpmorgan.com; Morgan Stanley|morganstanley.com; BlackRock|blackrock.com;
  HSBC|hsbc.com; BNP Paribas|bnpparibas.com; Barclays|barclays.com; Siemens|siemens.com; Bosch|bosch.com;
  Philips|philips.com; Schneider Electric|se.com; Unilever|unilever.com; Nestlé|nestle.com;
  Procter & Gamble|pg.com; L'Oréal|loreal.com; Pfizer|pfizer.com; Novartis|novartis.com; Roche|roche.com;
  AstraZeneca|astrazeneca.com; Tesla|tesla.com; BMW Group|bmw.com; Volkswagen|vw.com; Toyota|toyota.com;
  Airbus|airbus.com; Boeing|boeing.com; Maersk|maersk.com; DHL|dhl.com; Notion|notion.so; Figma|figma.com;
  Canva|canva.com; Miro|miro.com; Vercel|vercel.com; Supabase|supabase.io; Linear|linear.app; Retool|retool.com;
  Revolut|revolut.com; Klarna|klarna.com; Wise|wise.com; N26|n26.com; Doctolib|doctolib.com;
  Mistral AI|mistral.ai; Hugging Face|huggingface.co; DeepL|deepl.com; Northwind Labs|northwindlabs.io;
  Bluefin Analytics|bluefin.ai; Cedar & Pine|cedarpine.co; Lumen Health|lumenhealth.com;
  Orbit Robotics|orbitrobotics.com; Harbor Ventures|harbor.vc; Kestrel Capital|kestrelcap.com;
  Aster Bio|asterbio.com; Quarry Studio|quarry.studio; Freelance|gmail.com; Self-employed|outlook.com;
  Stealth Startup|proton.me; University of Cambridge|cam.ac.uk; Stanford University|stanford.edu;
  ETH Zürich|ethz.ch; NHS|nhs.net; European Commission|ec.europa.eu; World Bank|worldbank.org
`).map((entry) => entry.split('|') as [string, string])

/** What a logged interaction of each type typically says. */
export const interactionSummaries = {
  message: list(
    'Sent a LinkedIn message; Congratulated them on the new role; Shared an article they might like; Asked how the launch went; Replied to their post',
  ),
  call: list(
    'Quick catch-up call; Call about their team hiring; Intro call; Discussed a possible collaboration; Advice call on pricing',
  ),
  meeting: list('Coffee near the office; Lunch; Met at the conference; Breakfast meeting; Drinks after the meetup'),
  email: list(
    'Followed up by email; Sent the deck; Emailed a thank-you note; Sent the notes from our call; Asked for feedback on the draft',
  ),
  intro: list(
    'Introduced them to a founder; Intro to a recruiter; Connected them with an investor; Intro to a designer friend',
  ),
  value: list(
    'Reviewed their CV; Shared a job lead; Recommended them for a talk; Gave feedback on their product; Wrote a recommendation',
  ),
  note: list(
    'Moving to a new city soon; Interested in climate tech; Has two kids, loves hiking; Looking for a co-founder; Changed teams',
  ),
}
