-- An H2 database as AIM Navigator left it at commit 420cf50 (2026-11-28, schema version 4.1):
-- the curated catalog published as version 1 on first start, one recommendation in the request
-- log, and one REJECTED import (qa-bad.csv: line 6 has the credential "bogus") with its problem.
-- Made with org.h2.tools.Script. ExecutableJarIT starts the current jar on it: upgrades must
-- migrate it in place and keep what it holds.
-- H2 2.4.240; 
;              
CREATE USER IF NOT EXISTS "SA" SALT 'd12d7c1766f70db3' HASH '85fa451e385273f535d8120f9b33797c8250bce7f0ec1e9b18ba287f9bff6555' ADMIN;          
CREATE SEQUENCE "PUBLIC"."BATCH_JOB_EXECUTION_SEQ" START WITH 1 RESTART WITH 3;
CREATE SEQUENCE "PUBLIC"."BATCH_JOB_INSTANCE_SEQ" START WITH 1 RESTART WITH 3; 
CREATE SEQUENCE "PUBLIC"."BATCH_STEP_EXECUTION_SEQ" START WITH 1 RESTART WITH 7;               
CREATE CACHED TABLE "PUBLIC"."flyway_schema_history"(
    "installed_rank" INTEGER NOT NULL,
    "version" CHARACTER VARYING(50),
    "description" CHARACTER VARYING(200) NOT NULL,
    "type" CHARACTER VARYING(20) NOT NULL,
    "script" CHARACTER VARYING(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" CHARACTER VARYING(100) NOT NULL,
    "installed_on" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);           
ALTER TABLE "PUBLIC"."flyway_schema_history" ADD CONSTRAINT "PUBLIC"."flyway_schema_history_pk" PRIMARY KEY("installed_rank"); 
-- 8 +/- SELECT COUNT(*) FROM PUBLIC.flyway_schema_history;    
INSERT INTO "PUBLIC"."flyway_schema_history" VALUES
(-1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, 'SA', TIMESTAMP '2026-11-28 08:47:41.107623', 0, TRUE),
(1, '1', 'catalog', 'SQL', 'V1__catalog.sql', -2145462460, 'SA', TIMESTAMP '2026-11-28 08:47:41.18899', 22, TRUE),
(2, '1.1', 'binary collation', 'SQL', 'V1_1__binary_collation.sql', 1335413303, 'SA', TIMESTAMP '2026-11-28 08:47:41.208557', 11, TRUE),
(3, '2', 'spring batch schema', 'JDBC', 'org.aimnav.ingest.job.BatchSchemaMigration', NULL, 'SA', TIMESTAMP '2026-11-28 08:47:41.233309', 21, TRUE),
(4, '3', 'import', 'SQL', 'V3__import.sql', 2088712839, 'SA', TIMESTAMP '2026-11-28 08:47:41.2461', 6, TRUE),
(5, '3.1', 'import problem code index', 'SQL', 'V3_1__import_problem_code_index.sql', 344448832, 'SA', TIMESTAMP '2026-11-28 08:47:41.250377', 1, TRUE),
(6, '4', 'recommendation log', 'SQL', 'V4__recommendation_log.sql', -2073496277, 'SA', TIMESTAMP '2026-11-28 08:47:41.262235', 6, TRUE),
(7, '4.1', 'recommendation result collation', 'SQL', 'V4_1__recommendation_result_collation.sql', 1335413303, 'SA', TIMESTAMP '2026-11-28 08:47:41.271163', 1, TRUE);  
CREATE INDEX "PUBLIC"."flyway_schema_history_s_idx" ON "PUBLIC"."flyway_schema_history"("success" NULLS FIRST);
CREATE CACHED TABLE "PUBLIC"."CATALOG_VERSION"(
    "VERSION" INTEGER NOT NULL,
    "STATUS" CHARACTER VARYING(16) NOT NULL,
    "CREATED_AT" TIMESTAMP WITH TIME ZONE NOT NULL,
    "PUBLISHED_AT" TIMESTAMP WITH TIME ZONE,
    "PROGRAM_COUNT" INTEGER DEFAULT 0 NOT NULL,
    "CHECKSUM" CHARACTER VARYING(64),
    "IMPORT_ID" CHARACTER VARYING(36)
);   
ALTER TABLE "PUBLIC"."CATALOG_VERSION" ADD CONSTRAINT "PUBLIC"."CATALOG_VERSION_PK" PRIMARY KEY("VERSION");    
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.CATALOG_VERSION;          
INSERT INTO "PUBLIC"."CATALOG_VERSION" VALUES
(1, 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:43.983677+00', TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:44.156622+00', 36, '3672f9cb340daf5c61b45782d368e4ae6e1f0a432f371d5f29118e4f6f8a876d', 'b32106ee-b5af-446e-9a2d-017adfad3526'),
(2, 'DISCARDED', TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:49.94071+00', NULL, 0, NULL, 'f3d0cca8-f8d9-4736-af4b-3af4b115e7c2');          
CREATE CACHED TABLE "PUBLIC"."CATALOG_CURRENT"(
    "ID" INTEGER NOT NULL,
    "VERSION" INTEGER NOT NULL,
    "ACTIVATED_AT" TIMESTAMP WITH TIME ZONE NOT NULL
);             
ALTER TABLE "PUBLIC"."CATALOG_CURRENT" ADD CONSTRAINT "PUBLIC"."CATALOG_CURRENT_PK" PRIMARY KEY("ID");         
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.CATALOG_CURRENT;          
INSERT INTO "PUBLIC"."CATALOG_CURRENT" VALUES
(1, 1, TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:44.157347+00');
CREATE CACHED TABLE "PUBLIC"."PROGRAM"(
    "CATALOG_VERSION" INTEGER NOT NULL,
    "PROGRAM_ID" CHARACTER VARYING(80) NOT NULL,
    "INSTITUTION" CHARACTER VARYING(200) NOT NULL,
    "PROGRAM_NAME" CHARACTER VARYING(300) NOT NULL,
    "CREDENTIAL" CHARACTER VARYING(32) NOT NULL,
    "DELIVERY_FORMAT" CHARACTER VARYING(16),
    "PACE" CHARACTER VARYING(16),
    "DURATION_MONTHS" NUMERIC(10, 4),
    "TUITION_USD" NUMERIC(16, 4),
    "COUNTRY" CHARACTER VARYING(2),
    "CITY" CHARACTER VARYING(100),
    "AUDIENCES" CHARACTER VARYING(200) NOT NULL,
    "TOPICS" CHARACTER VARYING(2000) NOT NULL,
    "MIN_PRIOR_DEGREE" CHARACTER VARYING(16),
    "DESCRIPTION" CHARACTER VARYING(5000),
    "URL" CHARACTER VARYING(2000),
    "SOURCE_URL" CHARACTER VARYING(2000),
    "LAST_VERIFIED" DATE,
    "NAME_TERMS" CHARACTER VARYING(1000) NOT NULL,
    "INSTITUTION_TERMS" CHARACTER VARYING(1000) NOT NULL,
    "DESCRIPTION_TERMS" CHARACTER VARYING(10000) NOT NULL
);               
ALTER TABLE "PUBLIC"."PROGRAM" ADD CONSTRAINT "PUBLIC"."PROGRAM_PK" PRIMARY KEY("CATALOG_VERSION", "PROGRAM_ID");              
-- 36 +/- SELECT COUNT(*) FROM PUBLIC.PROGRAM; 
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'harvard-hms-aim-phd', 'Harvard Medical School (Department of Biomedical Informatics / Harvard Griffin GSAS)', 'AI in Medicine (AIM) PhD Track, Biomedical Informatics PhD', 'phd', 'in_person', 'full_time', NULL, 0.0000, 'US', 'Boston', ';researcher;student;data_scientist;engineer;', ';machine_learning;deep_learning;biomedical_informatics;clinical_data_science;ehr_data;ethics;research_methods;', 'bachelors', 'Research doctorate track inside Harvard''s Biomedical Informatics PhD that trains quantitatively strong students to create AI methods for large biomedical and clinical datasets. Students take AIM core BMIF courses, rotate through labs before choosing an advisor, and complete a research-ethics requirement; GRE is optional and no master''s degree is needed.', 'https://gsas.harvard.edu/program/bioinformatics-and-integrative-genomics', NULL, DATE '2026-11-28', ' ai medicin aim phd track biomed informat phd ', ' harvard medic school depart biomed informat harvard griffin gsa ', ' research doctor track insid harvard biomed informat phd train quantit strong student creat ai method larg biomed clinic dataset student take aim core bmif cours rotat lab choos advisor complet research ethic requir gre option master degre need '),
(1, 'stanford-ai-in-healthcare-specialization', 'Stanford University (School of Medicine, via Coursera)', 'AI in Healthcare Specialization', 'professional_certificate', 'online', 'self_paced', NULL, NULL, 'US', NULL, ';clinician;engineer;data_scientist;student;', ';machine_learning;clinical_data_science;ehr_data;ethics;implementation;', 'none', 'Five-course online series from Stanford hosted on Coursera: intro to healthcare, clinical data, ML fundamentals for healthcare, evaluating AI applications, and a capstone. Built for both care providers and technologists; sources report CME credit for physicians. (The seed''s ''Stanford Online certificate'' appears to be this specialization.)', 'https://www.coursera.org/specializations/ai-healthcare', NULL, DATE '2026-11-28', ' ai healthcar special ', ' stanford univers school medicin via coursera ', ' five cours onlin seri stanford host coursera intro healthcar clinic data ml fundament healthcar evalu ai applic capston built care provid technologist sourc report cme credit physician seed stanford onlin certif appear special '),
(1, 'mit-sloan-transforming-healthcare-with-ai', 'MIT Sloan School of Management (Executive Education)', 'Transforming Healthcare with AI', 'executive_education', NULL, NULL, NULL, NULL, 'US', 'Cambridge', ';executive;clinician;administrator;', ';leadership_strategy;machine_learning;generative_ai;clinical_decision_support;implementation;', NULL, 'Executive course that MIT Sloan''s own site names as its offering for healthcare leaders who want a working grasp of AI. The accompanying page frames AI families (ML, deep learning, NLP, generative AI) and uses in diagnosis and monitoring; format, length and fee were not confirmed. No ''MIT xPRO Master in AI in Healthcare'' (seed claim) was found.', 'https://executive.mit.edu/How-is-AI-used-in-healthcare.html', NULL, DATE '2026-11-28', ' transform healthcar ai ', ' mit sloan school manag execut educ ', ' execut cours mit sloan site name offer healthcar leader want work grasp ai accompani page frame ai famili ml deep learn nlp gener ai us diagnosi monitor format length fee confirm mit xpro master ai healthcar seed claim found '),
(1, 'uofl-ms-ai-in-medicine', 'University of Louisville (J.B. Speed School of Engineering & School of Public Health and Information Sciences)', 'Master of Science in Artificial Intelligence in Medicine', 'masters', 'online', NULL, NULL, NULL, 'US', NULL, ';engineer;clinician;student;data_scientist;', ';machine_learning;clinical_data_science;public_health;biomedical_informatics;', 'bachelors', 'Online MS offered jointly by UofL''s engineering school and its School of Public Health and Information Sciences; the Faculty Senate approved it in December 2023 for a planned fall 2024 start, pending trustee and state approval at that time. Aimed at engineering or public-health graduates and health professionals who must handle large medical and public-health datasets.', 'https://news.louisville.edu/news/faculty-senate-approves-new-programs', NULL, DATE '2023-12-14', ' master scienc artifici intellig medicin ', ' univers louisvil j.b speed school engin school public health inform scienc ', ' onlin ms offer jointli uofl engin school school public health inform scienc faculti senat approv decemb 2023 plan fall 2024 start pend truste state approv time aim engin public health graduat health profession must handl larg medic public health dataset ');       
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'jhu-ai-certificate-healthcare-professionals', 'Johns Hopkins University', 'AI Certificate Program for Healthcare Professionals', 'professional_certificate', NULL, NULL, NULL, NULL, 'US', NULL, ';clinician;administrator;', ';clinical_decision_support;workflow_automation;implementation;leadership_strategy;', NULL, 'Certificate on applying AI to patient care, clinical workflows and strategic outcomes for clinicians and administrators, as described in a 2025 overview article on AI-in-medicine programs. No page from the university itself was found, so every detail here is unconfirmed.', NULL, NULL, NULL, ' ai certif program healthcar profession ', ' john hopkin univers ', ' certif appli ai patient care clinic workflow strateg outcom clinician administr describ 2025 overview articl ai medicin program page univers found everi detail unconfirm '),
(1, 'uab-ms-ai-in-medicine', 'University of Alabama at Birmingham (Heersink School of Medicine)', 'Master of Science in Artificial Intelligence in Medicine', 'masters', NULL, NULL, NULL, NULL, 'US', 'Birmingham', ';clinician;student;engineer;data_scientist;', ';machine_learning;deep_learning;medical_imaging;generative_ai;nlp;', 'bachelors', 'Alabama''s first AI-in-medicine master''s, approved by the Alabama Commission on Higher Education, teaching deep learning, computer vision and large language models on healthcare data. A 2026 UAB News profile (seen via a secondary summary) describes its first graduate finishing the degree alongside medical school.', 'https://www.uab.edu/news/people-of-uab/service-meets-science-meet-the-first-graduate-of-uabs-master-of-science-in-ai-in-medicine', NULL, DATE '2026-11-28', ' master scienc artifici intellig medicin ', ' univers alabama birmingham heersink school medicin ', ' alabama first ai medicin master approv alabama commiss higher educ teach deep learn comput vision larg languag model healthcar data 2026 uab new profil seen via secondari summari describ first graduat finish degre alongsid medic school '),
(1, 'uab-graduate-certificate-ai-in-medicine', 'University of Alabama at Birmingham (Marnix E. Heersink Institute for Biomedical Innovation)', 'Graduate Certificate in AI in Medicine', 'graduate_certificate', NULL, NULL, NULL, NULL, 'US', 'Birmingham', ';clinician;administrator;executive;student;', ';machine_learning;deep_learning;nlp;ethics;leadership_strategy;implementation;regulation_policy;', 'bachelors', '15-credit UAB certificate spanning AI foundations, applications (ML, deep learning, NLP), leadership and ethics, clinical workflow integration, and healthcare security and privacy. Pitched at current and future health care leaders; its first cohort mixed learners from different career stages.', 'http://www.uab.edu/medicine/news/latest/item/2841-introduction-to-applications-of-artificial-intelligence-in-medicine-with-dr-ryan-godwin-and-dr-sandeep-bodduluri', NULL, DATE '2023-08-10', ' graduat certif ai medicin ', ' univers alabama birmingham marnix e heersink institut biomed innov ', ' 15 credit uab certif span ai foundat applic ml deep learn nlp leadership ethic clinic workflow integr healthcar secur privaci pitch current futur health care leader first cohort mix learner differ career stage '),
(1, 'yale-mhs-medical-ai', 'Yale School of Medicine', 'Master of Health Science in Medical Artificial Intelligence', 'masters', 'hybrid', NULL, NULL, NULL, 'US', 'New Haven', ';engineer;data_scientist;clinician;administrator;', ';machine_learning;deep_learning;generative_ai;regulation_policy;ethics;clinical_decision_support;implementation;programming;patient_safety;', NULL, 'Hybrid Yale degree, building on its medical software/AI certificate, for technical and clinical professionals who will build, validate and deploy clinical AI, from neural networks to LLM-based tools. Covers FDA and international regulation, ethics and clinical risk management, with in-person bootcamps in New Haven each semester.', 'https://medicine.yale.edu/edu/mhs-degree/', NULL, DATE '2026-11-28', ' master health scienc medic artifici intellig ', ' yale school medicin ', ' hybrid yale degre build medic softwar ai certif technic clinic profession build valid deploi clinic ai neural network llm base tool cover fda intern regul ethic clinic risk manag person bootcamp new haven semest '); 
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'yale-medical-software-ai-certificate', 'Yale School of Medicine (Section of Biomedical Informatics and Data Science)', 'Introduction to Medical Software and Medical AI Certificate Program', 'professional_certificate', 'online', NULL, NULL, NULL, 'US', NULL, ';engineer;data_scientist;clinician;researcher;', ';machine_learning;regulation_policy;patient_safety;clinical_decision_support;implementation;ethics;', NULL, 'Non-degree online certificate (launched January 2024) that treats AI as one component of regulated medical software. Stresses system-level design, FDA review, usability, security and bias; grew out of Yale''s Coursera course and textbook on medical software.', 'https://online.yale.edu/medical-software-ai-program', NULL, DATE '2026-11-28', ' introduct medic softwar medic ai certif program ', ' yale school medicin section biomed informat data scienc ', ' non degre onlin certif launch januari 2024 treat ai on compon regul medic softwar stress system level design fda review usabl secur bia grew yale coursera cours textbook medic softwar '),
(1, 'mayo-aihc-postdoctoral-masters', 'Mayo Clinic Graduate School of Biomedical Sciences', 'Artificial Intelligence in Health Care (AIHC) Postdoctoral Master''s', 'masters', NULL, NULL, NULL, NULL, 'US', NULL, ';clinician;researcher;', ';machine_learning;clinical_data_science;research_methods;', NULL, 'Research-focused master''s track open only to Mayo Clinic employees: physicians, scientists, fellows or residents holding a doctorate, plus medical students headed for research careers. Requires protected time and at least one year of research; completion typically takes two to five years (five-year maximum).', 'https://catalog.mayo.edu/graduate-biomedical-sciences/postdoctoral-basic-science-masters-degree-programs/artificial-intelligence-health-care-postdoctoral-masters', NULL, DATE '2026-11-28', ' artifici intellig health care aihc postdoctor master ', ' mayo clinic graduat school biomed scienc ', ' research focus master track open mayo clinic employe physician scientist fellow resid hold doctor plu medic student head research career requir protect time least on year research complet typic take two five year five year maximum '),
(1, 'mount-sinai-aiet-phd', 'Icahn School of Medicine at Mount Sinai (Graduate School of Biomedical Sciences)', 'PhD in Biomedical Sciences: Artificial Intelligence and Emerging Technologies in Medicine (AIET) concentration', 'phd', 'in_person', 'full_time', NULL, 0.0000, 'US', 'New York', ';researcher;student;data_scientist;engineer;', ';machine_learning;deep_learning;drug_discovery;clinical_decision_support;biomedical_informatics;research_methods;', 'bachelors', 'Doctoral concentration within Mount Sinai''s Biomedical Sciences PhD (first offered fall 2022) on AI and emerging technologies for clinical applications. Uses health-system patient data and simulation to build diagnostic support and speed up drug discovery, alongside Mount Sinai''s Department of AI and Human Health.', NULL, 'https://ai.healthcareitnews.com/ai-powered-healthcare/ny-academic-medical-system-unveils-phd-program-ai-medicine', DATE '2021-10-14', ' phd biomed scienc artifici intellig emerg technolog medicin aiet concentr ', ' icahn school medicin mount sinai graduat school biomed scienc ', ' doctor concentr within mount sinai biomed scienc phd first offer fall 2022 ai emerg technolog clinic applic us health system patient data simul build diagnost support speed drug discoveri alongsid mount sinai depart ai human health '),
(1, 'ucsf-berkeley-computational-precision-health-phd', 'UC San Francisco & UC Berkeley (Joint Program in Computational Precision Health)', 'PhD in Computational Precision Health', 'phd', 'in_person', 'full_time', NULL, NULL, 'US', 'San Francisco', ';researcher;student;data_scientist;engineer;', ';machine_learning;clinical_decision_support;precision_medicine;ethics;public_health;research_methods;', 'bachelors', 'Doctorate conferred jointly by UCSF and UC Berkeley (first cohort fall 2023) training researchers to design and test ML, digital-health and decision-support tools inside real clinical and public-health settings. Equity, fairness, accountability and transparency are stated pillars; faculty span both campuses.', 'https://data.berkeley.edu/news/computational-precision-health-program-welcomes-new-faculty-invites-phd-applicants', NULL, DATE '2026-11-28', ' phd comput precis health ', ' uc san francisco uc berkelei joint program comput precis health ', ' doctor confer jointli ucsf uc berkelei first cohort fall 2023 train research design test ml digit health decis support tool insid real clinic public health set equiti fair account transpar state pillar faculti span campus '); 
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'utsa-uthealth-md-ms-ai', 'UT Health San Antonio (Long School of Medicine) & University of Texas at San Antonio', 'MD/MS in Artificial Intelligence Dual Degree', 'masters', 'in_person', 'full_time', 60.0000, NULL, 'US', 'San Antonio', ';student;clinician;', ';machine_learning;deep_learning;nlp;clinical_decision_support;', 'bachelors', 'Five-year dual degree combining UT Health San Antonio''s MD with UTSA''s MS in AI, billed as the first such program in the US. Medical students choose a computer science, data analytics or robotics pathway and study ML, neural networks/deep learning and NLP for clinical problems.', NULL, 'https://www.govtech.com/education/higher-ed/utsa-ut-health-partner-for-dual-degree-program-in-medicine-and-ai', DATE '2024-08-07', ' md ms artifici intellig dual degre ', ' ut health san antonio long school medicin univers texa san antonio ', ' five year dual degre combin ut health san antonio md utsa ms ai bill first program us medic student choos comput scienc data analyt robot pathwai studi ml neural network deep learn nlp clinic problem '),
(1, 'gmu-graduate-certificate-ai-in-health', 'George Mason University (College of Public Health)', 'Graduate Certificate in Artificial Intelligence in Health', 'graduate_certificate', NULL, NULL, NULL, NULL, 'US', NULL, ';clinician;administrator;engineer;data_scientist;student;', ';machine_learning;public_health;biomedical_informatics;ethics;regulation_policy;clinical_decision_support;', 'bachelors', '15-credit interdisciplinary certificate from GMU''s Health Administration and Policy department, built on its health informatics courses (e.g., data mining in health care) plus AI ethics and policy. Meant for public-health, nursing and administration staff as well as technologists; applications opened for a spring 2026 cohort.', 'https://hap.sitemasonry.gmu.edu/news/2025-10/new-ai-health-graduate-certificate-offers-competitive-edge', NULL, DATE '2026-11-28', ' graduat certif artifici intellig health ', ' georg mason univers colleg public health ', ' 15 credit interdisciplinari certif gmu health administr polici depart built health informat cours e.g data mine health care plu ai ethic polici meant public health nurs administr staff well technologist applic open spring 2026 cohort '),
(1, 'rutgers-shp-ai-health-care-certificate', 'Rutgers School of Health Professions (Department of Health Informatics)', 'Certificate in Artificial Intelligence in Health Care', 'graduate_certificate', NULL, NULL, 12.0000, NULL, 'US', NULL, ';clinician;data_scientist;student;', ';machine_learning;generative_ai;clinical_decision_support;clinical_data_science;biomedical_informatics;', NULL, 'One-year, 18-credit hands-on certificate applying AI techniques, including ML and generative AI, to clinical decision-making, health information management and analytics, with an optional capstone. Many applicants are clinicians or biotech staff looking for a new career path.', 'https://shp.rutgers.edu/community-impact-report/readying-future-health-professionals-for-the-age-of-ai', NULL, DATE '2026-11-28', ' certif artifici intellig health care ', ' rutger school health profess depart health informat ', ' on year 18 credit hand certif appli ai techniqu includ ml gener ai clinic decis make health inform manag analyt option capston mani applic clinician biotech staff look new career path '),
(1, 'harvard-chan-responsible-ai-health-care', 'Harvard T.H. Chan School of Public Health (Executive and Continuing Education)', 'Responsible AI for Health Care: Concepts and Applications', 'executive_education', 'online', NULL, 0.1300, NULL, 'US', NULL, ';clinician;administrator;executive;', ';ethics;regulation_policy;implementation;generative_ai;machine_learning;leadership_strategy;', NULL, 'Four-day live online intensive (listed for Feb 1-9, 2027) on critically assessing, deploying and governing AI, including LLMs, in clinical, operational and public-health settings. Case-based coverage of bias, fairness, transparency, US versus global regulation and implementation science; eligible toward a Harvard Chan Certificate of Specialization.', 'https://hsph.harvard.edu/ala/responsible-ai-for-health-care-concepts-and-applications/', NULL, DATE '2026-11-28', ' respons ai health care concept applic ', ' harvard t.h chan school public health execut continu educ ', ' four dai live onlin intens list feb 1 9 2027 critic assess deploi govern ai includ llm clinic oper public health set case base coverag bia fair transpar us versu global regul implement scienc elig toward harvard chan certif special ');     
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'hms-ai-in-clinical-medicine', 'Harvard Medical School (Office for External Education)', 'AI in Clinical Medicine', 'short_course', 'online', NULL, 0.0700, NULL, 'US', NULL, ';clinician;', ';machine_learning;clinical_decision_support;ethics;', NULL, 'Two-day live virtual continuing-education course from HMS''s Office for External Education, created because most practicing clinicians never received formal AI training. Helps clinicians use AI tools and recognise their weaknesses; part of a broader HMS continuum of AI courses.', 'https://hms.harvard.edu/news/new-courses-respond-rapid-adoption-ai-health-care', NULL, DATE '2026-11-28', ' ai clinic medicin ', ' harvard medic school offic extern educ ', ' two dai live virtual continu educ cours hm offic extern educ creat practic clinician never receiv formal ai train help clinician us ai tool recognis weak part broader hm continuum ai cours '),
(1, 'deeplearningai-ai-for-medicine', 'DeepLearning.AI (via Coursera)', 'AI for Medicine Specialization', 'professional_certificate', 'online', 'self_paced', NULL, NULL, 'US', NULL, ';data_scientist;engineer;student;', ';deep_learning;machine_learning;medical_imaging;nlp;statistics;programming;', 'none', 'Three-course applied series (diagnosis, prognosis, treatment) for people who already know ML basics: chest X-ray and brain MRI models, risk and survival models, treatment-effect estimation and NLP on radiology reports. No medical background is required.', 'https://www.coursera.org/specializations/ai-for-medicine', NULL, DATE '2026-11-28', ' ai medicin special ', ' deeplearning.ai via coursera ', ' three cours appli seri diagnosi prognosi treatment peopl alreadi know ml basic chest x rai brain mri model risk surviv model treatment effect estim nlp radiolog report medic background requir '),
(1, 'utoronto-mscac-ai-in-healthcare', 'University of Toronto (Department of Computer Science & Department of Laboratory Medicine and Pathobiology)', 'Master of Science in Applied Computing (MScAC), Artificial Intelligence in Healthcare Concentration', 'masters', NULL, NULL, 16.0000, NULL, 'CA', 'Toronto', ';student;clinician;data_scientist;engineer;', ';machine_learning;clinical_data_science;programming;implementation;', 'bachelors', 'Professional master''s concentration, led by Anna Goldenberg with T-CAIREM ties, combining graduate AI courses with an industrial internship in healthcare. Open to life-science, computer-science and medical-trainee applicants with B+ standing and preparation in programming, calculus, statistics and linear algebra.', 'https://sgs.calendar.utoronto.ca/computer-science-applied-computing-mscac-artificial-intelligence-healthcare-concentration', NULL, DATE '2026-11-28', ' master scienc appli comput mscac artifici intellig healthcar concentr ', ' univers toronto depart comput scienc depart laboratori medicin pathobiolog ', ' profession master concentr led anna goldenberg t cairem ti combin graduat ai cours industri internship healthcar open life scienc comput scienc medic traine applic b stand prepar program calculu statist linear algebra '),
(1, 'nus-msc-biomedical-informatics', 'National University of Singapore (Yong Loo Lin School of Medicine)', 'Master of Science in Biomedical Informatics', 'masters', NULL, 'full_time', 12.0000, NULL, 'SG', 'Singapore', ';clinician;administrator;data_scientist;', ';machine_learning;clinical_decision_support;ehr_data;nlp;generative_ai;leadership_strategy;biomedical_informatics;', NULL, 'NUS Medicine master''s taken in one year full-time or two years part-time, with Analytics or Hospital Management specialisations. Teaches ML, large language models, data visualisation and critical appraisal of clinical decision support; designed for junior clinicians, allied health professionals and industry non-clinicians.', 'https://medicine.nus.edu.sg/graduatestudies/education/msc-in-biomedical-informatics', NULL, DATE '2026-11-28', ' master scienc biomed informat ', ' nation univers singapor yong loo lin school medicin ', ' nu medicin master taken on year full time two year part time analyt hospit manag specialis teach ml larg languag model data visualis critic apprais clinic decis support design junior clinician alli health profession industri non clinician ');    
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'imperial-ukri-cdt-ai4health', 'Imperial College London', 'UKRI Centre for Doctoral Training in AI for Healthcare (AI4Health)', 'phd', 'in_person', 'full_time', 48.0000, NULL, 'GB', 'London', ';researcher;student;clinician;engineer;', ';machine_learning;clinical_decision_support;ethics;patient_safety;research_methods;', 'bachelors', 'UKRI-funded four-year doctoral centre launched in October 2019 in which every student is co-supervised by a clinician and an AI researcher and works with partner NHS trusts. Takes computing, maths and engineering graduates as well as clinicians as PhD fellows; research themes include interpretable, privacy-preserving and safe AI.', 'https://ai4health.io/', NULL, DATE '2026-11-28', ' ukri centr doctor train ai healthcar ai4health ', ' imperi colleg london ', ' ukri fund four year doctor centr launch octob 2019 everi student co supervis clinician ai research work partner nh trust take comput math engin graduat well clinician phd fellow research theme includ interpret privaci preserv safe ai '),
(1, 'imperial-ukri-ai-cdt-digital-healthcare', 'Imperial College London', 'UKRI AI Centre for Doctoral Training in Digital Healthcare', 'phd', 'in_person', 'full_time', NULL, NULL, 'GB', 'London', ';researcher;clinician;student;engineer;', ';machine_learning;clinical_decision_support;regulation_policy;ethics;implementation;', 'bachelors', 'GBP 28m successor centre announced in November 2023, planning to recruit 120+ PhD researchers over five years, including clinical PhD fellows and allied health professionals. Aims at patient-ready AI (diagnostics, digital biomarkers) while training for regulatory, legal, ethical and human-factor constraints.', 'https://imperialbrc.nihr.ac.uk/2023/11/01/new-28m-centre-to-forge-the-next-generation-of-ai-digital-healthcare-innovators', NULL, DATE '2023-11-01', ' ukri ai centr doctor train digit healthcar ', ' imperi colleg london ', ' gbp 28m successor centr announc novemb 2023 plan recruit 120 phd research five year includ clinic phd fellow alli health profession aim patient readi ai diagnost digit biomark train regulatori legal ethic human factor constraint '),
(1, 'ucl-ukri-cdt-ai-enabled-healthcare', 'University College London (UCL)', 'UKRI Centre for Doctoral Training in AI-enabled Healthcare Systems', 'phd', 'in_person', 'full_time', NULL, NULL, 'GB', 'London', ';researcher;student;clinician;engineer;', ';machine_learning;deep_learning;medical_imaging;ehr_data;clinical_decision_support;implementation;', 'bachelors', 'UKRI doctoral centre led by Prof. Geraint Rees with NIHR BRC partners at UCLH, Moorfields and Great Ormond Street plus industry partners; the EPSRC grant runs April 2019 to September 2027, so new intakes may be ending. Projects are grouped into themes such as AI-enabled diagnostics and prognostics using EHR and imaging data.', NULL, NULL, DATE '2019-02-21', ' ukri centr doctor train ai enabl healthcar system ', ' univers colleg london ucl ', ' ukri doctor centr led prof geraint ree nihr brc partner uclh moorfield great ormond street plu industri partner epsrc grant run april 2019 septemb 2027 new intak mai end project group theme ai enabl diagnost prognost us ehr imag data '),
(1, 'edinburgh-phd-ai-biomedical-innovation', 'University of Edinburgh', 'PhD Artificial Intelligence for Biomedical Innovation (UKRI AI CDT)', 'phd', 'in_person', 'full_time', 48.0000, NULL, 'GB', 'Edinburgh', ';researcher;student;clinician;data_scientist;', ';machine_learning;genomics;medical_imaging;biomedical_informatics;ethics;research_methods;', 'bachelors', 'Four-year UKRI-funded programme (one-year MSc by Research, then a three-year PhD) recruiting cohorts of about twelve annually for 2024-28. Themes cover genomic medicine, biomedical imaging, cellular/molecular systems medicine and health informatics, and it explicitly welcomes clinicians and biomedical scientists with limited computing background.', 'https://study.ed.ac.uk/programmes/postgraduate-research/1117-centre-for-doctoral-training-in-artificial-intelligence-for', NULL, DATE '2026-11-28', ' phd artifici intellig biomed innov ukri ai cdt ', ' univers edinburgh ', ' four year ukri fund programm on year msc research three year phd recruit cohort twelv annual 2024 28 theme cover genom medicin biomed imag cellular molecular system medicin health informat explicitli welcom clinician biomed scientist limit comput background ');           
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'unibe-msc-ai-in-medicine', 'University of Bern (Faculty of Medicine)', 'Specialized Master''s in Artificial Intelligence in Medicine (AIM)', 'masters', NULL, NULL, NULL, NULL, 'CH', 'Bern', ';student;engineer;data_scientist;clinician;', ';machine_learning;biomedical_informatics;', 'bachelors', 'Specialised master''s of the Bern Medical Faculty, governed by a study plan and regulations (RSL AIM) dated 20 January 2021, and linked to the Bern Center for AI in Medicine set up with Inselspital. Course list, credits, language and fees were not visible in the sources read.', NULL, NULL, DATE '2021-01-20', ' special master artifici intellig medicin aim ', ' univers bern faculti medicin ', ' specialis master bern medic faculti govern studi plan regul rsl aim date 20 januari 2021 link bern center ai medicin set inselspit cours list credit languag fee visibl sourc read '),
(1, 'fh-salzburg-applied-ai-healthcare-master', 'Salzburg University of Applied Sciences (FH Salzburg)', 'Applied AI in Healthcare (Joint Master)', 'masters', NULL, NULL, 24.0000, NULL, 'AT', 'Salzburg', ';engineer;clinician;data_scientist;student;', ';machine_learning;programming;ehr_data;regulation_policy;ethics;medical_imaging;clinical_decision_support;implementation;', 'bachelors', 'Four-semester joint master''s that moves from data-science and ML foundations and EU AI Act/MDR rules to team projects on real clinical use cases, explainable AI, imaging and clinical decision support. Also covers the European Health Data Space and change management, finishing with a master project.', 'https://www.fh-salzburg.ac.at/en/study/it/applied-ai-in-healthcare-joint-master/programme-structure-curriculum', NULL, DATE '2026-11-28', ' appli ai healthcar joint master ', ' salzburg univers appli scienc fh salzburg ', ' four semest joint master move data scienc ml foundat eu ai act mdr rule team project real clinic us case explain ai imag clinic decis support also cover european health data space chang manag finish master project '),
(1, 'unito-msc-ai-biomedicine-healthcare', U&'University of Turin (Universit\00e0 degli Studi di Torino)', 'Master''s Degree in Artificial Intelligence for Biomedicine and Healthcare', 'masters', NULL, NULL, 24.0000, NULL, 'IT', 'Turin', ';student;data_scientist;engineer;clinician;', ';machine_learning;biomedical_informatics;programming;statistics;', 'bachelors', 'Laurea magistrale open to graduates with at least 45 credits in maths, statistics, informatics, physics, biology or medicine, subject to a written test on computing fundamentals and an interview. B2 English is expected; entry testing took place at the San Luigi Hospital teaching hub in Orbassano near Turin.', 'https://www.aibh.unito.it/do/home.pl/View?doc=admission_requirements.html', NULL, DATE '2026-11-28', ' master degre artifici intellig biomedicin healthcar ', ' univers turin universita degli studi di torino ', ' laurea magistral open graduat least 45 credit math statist informat physic biologi medicin subject written test comput fundament interview b2 english expect entri test took place san luigi hospit teach hub orbassano near turin '),
(1, 'humanitas-bocconi-msc-daihs', 'Humanitas University & Bocconi University', 'Master''s Degree in Data Analytics and Artificial Intelligence in Health Sciences (DAIHS)', 'masters', NULL, NULL, NULL, NULL, 'IT', 'Milan', ';student;data_scientist;clinician;', ';machine_learning;clinical_data_science;statistics;ethics;regulation_policy;', 'bachelors', 'Joint Humanitas-Bocconi laurea magistrale (about 50 places) pairing health and pharma domain knowledge with data science, ML, big data, and data privacy and ethics. Requires a bachelor''s with at least 30 credits in quantitative or biomedical fields (18 in STEM) and B2 English.', 'https://hunimed.eu/it/course/master-daihs/apply', NULL, DATE '2026-11-28', ' master degre data analyt artifici intellig health scienc daih ', ' humanita univers bocconi univers ', ' joint humanita bocconi laurea magistral 50 place pair health pharma domain knowledg data scienc ml big data data privaci ethic requir bachelor least 30 credit quantit biomed field 18 stem b2 english ');          
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'unisr-polimi-msc-health-informatics', 'Vita-Salute San Raffaele University & Politecnico di Milano', 'Master''s Degree in Health Informatics', 'masters', NULL, NULL, 24.0000, NULL, 'IT', 'Milan', ';student;engineer;clinician;', ';biomedical_informatics;machine_learning;programming;', 'bachelors', 'Two-year English-taught joint master''s presenting advanced informatics and AI as core tools for medicine and biomedical research. A first-semester bridging choice (software systems vs. biology/physiology) lets both technical and life-science graduates enter.', 'https://www.unisr.it/en/offerta-formativa/medicina-chirurgia/corso-laurea-magistrale-health-informatics', NULL, DATE '2026-11-28', ' master degre health informat ', ' vita salut san raffael univers politecnico di milano ', ' two year english taught joint master present advanc informat ai core tool medicin biomed research first semest bridg choic softwar system vs biologi physiolog let technic life scienc graduat enter '),
(1, 'karolinska-applied-ai-healthcare-course', 'Karolinska Institutet (Department of Clinical Science, Intervention and Technology)', 'Applied Artificial Intelligence (AI) in Healthcare, 15 credits (course 2QA338)', 'short_course', NULL, NULL, NULL, NULL, 'SE', 'Stockholm', ';clinician;engineer;administrator;', ';machine_learning;ethics;regulation_policy;implementation;patient_safety;', 'bachelors', 'Advanced-level 15-ECTS course (syllabus valid from autumn 2022) introducing AI methods and their limits, how to pick methods for healthcare applications, and the legal and ethical context. For health professionals and engineers, including those deciding on procurement and rollout of AI systems.', 'https://utbildning.ki.se/course-syllabus/2QA338', NULL, DATE '2021-12-23', ' appli artifici intellig ai healthcar 15 credit cours 2qa338 ', ' karolinska institutet depart clinic scienc intervent technolog ', ' advanc level 15 ect cours syllabu valid autumn 2022 introduc ai method limit pick method healthcar applic legal ethic context health profession engin includ decid procur rollout ai system '),
(1, 'liverpool-ai-healthcare-ethics-cpd', 'University of Liverpool (School of Medicine)', 'AI in Healthcare: an ethical perspective (CPD module)', 'short_course', 'hybrid', 'part_time', NULL, NULL, 'GB', 'Liverpool', ';clinician;data_scientist;administrator;', ';ethics;regulation_policy;implementation;', NULL, 'One-semester, part-time CPD module on the ethical problems AI raises in healthcare, for learners from healthcare data science, law, social sciences and the humanities. Three compulsory full-day on-campus blocks plus staff-moderated weekly online discussion.', 'https://liverpool.ac.uk/medicine/study-with-us/cpd/aihealthcare', NULL, DATE '2026-11-28', ' ai healthcar ethic perspect cpd modul ', ' univers liverpool school medicin ', ' on semest part time cpd modul ethic problem ai rais healthcar learner healthcar data scienc law social scienc human three compulsori full dai campu block plu staff moder weekli onlin discuss '),
(1, 'cornell-ai-healthcare-leadership', 'Cornell University (delivered with XED)', 'Cornell AI Healthcare Leadership Program', 'executive_education', NULL, NULL, 6.0000, 5400.0000, 'US', NULL, ';executive;clinician;administrator;', ';leadership_strategy;implementation;', NULL, 'Six-month programme for senior healthcare leaders built around a Reimagine-Execute-Lead sequence on how AI changes care models, governance and performance, plus personal leadership skills. Listed start 19 September 2026 at USD 5,400; Cornell faculty teach via the provider XED.', 'https://cornell-aihealthcare.xedinstitute.org', NULL, DATE '2026-11-28', ' cornel ai healthcar leadership program ', ' cornel univers deliv xed ', ' six month programm senior healthcar leader built around reimagin execut lead sequenc ai chang care model govern perform plu person leadership skill list start 19 septemb 2026 usd 5,400 cornel faculti teach via provid xed '),
(1, 'rochester-ms-healthcare-data-science-ai', 'University of Rochester (Goergen Institute for Data Science)', 'Online MS in Healthcare Data Science and AI', 'masters', 'online', NULL, NULL, NULL, 'US', NULL, ';data_scientist;clinician;student;engineer;', ';machine_learning;clinical_data_science;programming;statistics;', 'bachelors', 'Online master''s focused on applying data science and AI to healthcare data. Requires a bachelor''s plus introductory programming and calculus (bridging courses may be advised); the GRE is optional.', NULL, NULL, DATE '2026-11-28', ' onlin ms healthcar data scienc ai ', ' univers rochest goergen institut data scienc ', ' onlin master focus appli data scienc ai healthcar data requir bachelor plu introductori program calculu bridg cours mai advis gre option ');  
INSERT INTO "PUBLIC"."PROGRAM" VALUES
(1, 'unam-diplomado-ia-salud', U&'Universidad Nacional Aut\00f3noma de M\00e9xico (Faculty of Medicine), with Funsalud and Transform Health M\00e9xico', 'Diplomado de Inteligencia Artificial en Salud', 'professional_certificate', NULL, NULL, NULL, 2190.0000, 'MX', 'Mexico City', ';clinician;administrator;', ';machine_learning;clinical_decision_support;public_health;', NULL, U&'UNAM medical-faculty diploma, co-run with Funsalud and Transform Health M\00e9xico, training health professionals to apply AI across eight UNAM-endorsed topics. Reported fee MXN 40,000 (about USD 2,190 at roughly 18.3 MXN per USD; the year of the offering is not stated), with a 30% scholarship offered at launch.', NULL, 'https://metronoticias.mx/eres-profesional-de-salud-la-unam-impulsa-la-salud-4-0-con-diplomado-en-ia', DATE '2026-11-28', ' diplomado de inteligencia artifici en salud ', ' universidad nacion autonoma de mexico faculti medicin funsalud transform health mexico ', ' unam medic faculti diploma co run funsalud transform health mexico train health profession appli ai across eight unam endors topic report fee mxn 40,000 usd 2,190 roughli 18.3 mxn per usd year offer state 30 scholarship offer launch '),
(1, 'fsu-chai-responsible-ai-nursing', 'Florida State University College of Nursing (with CHAI)', 'Responsible AI for Nursing Micro-credential Series', 'professional_certificate', NULL, NULL, NULL, NULL, 'US', NULL, ';clinician;', ';ethics;patient_safety;implementation;', NULL, 'Micro-credential series on responsible AI for nurses, developed by FSU''s College of Nursing with CHAI and described as the first of its kind nationally. Targets frontline nurses who increasingly meet AI tools in triage, documentation and patient monitoring.', NULL, 'https://news.eir.space/story/fsu-chai-nursing-microcredential-responsible-ai', DATE '2026-11-28', ' respons ai nurs micro credenti seri ', ' florida state univers colleg nurs chai ', ' micro credenti seri respons ai nurs develop fsu colleg nurs chai describ first kind nation target frontlin nurs increasingli meet ai tool triag document patient monitor '),
(1, 'nbems-ai-in-healthcare-training', 'National Board of Examinations in Medical Sciences (NBEMS), India', 'Online Training Programme on Artificial Intelligence in Healthcare', 'professional_certificate', 'online', NULL, 6.0000, 0.0000, 'IN', NULL, ';clinician;', ';machine_learning;deep_learning;generative_ai;ehr_data;clinical_decision_support;ethics;statistics;', 'clinical_degree', 'Free national online programme for registered medical practitioners launched by India''s NBEMS in early 2026: 20 modules over six months taught by Indian and international faculty. Runs from AI literacy and prompting LLMs through supervised, unsupervised and deep learning to EHR workflow integration, assuming no programming background.', 'https://natboard.edu.in/convocation/23convo/book/files/basic-html/page52.html', NULL, DATE '2026-02-25', ' onlin train programm artifici intellig healthcar ', ' nation board examin medic scienc nbem india ', ' free nation onlin programm regist medic practition launch india nbem earli 2026 20 modul six month taught indian intern faculti run ai literaci prompt llm supervis unsupervis deep learn ehr workflow integr assum program background ');      
CREATE CACHED TABLE "PUBLIC"."BATCH_JOB_INSTANCE"(
    "JOB_INSTANCE_ID" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "VERSION" BIGINT,
    "JOB_NAME" CHARACTER VARYING(100) NOT NULL,
    "JOB_KEY" CHARACTER VARYING(32) NOT NULL
); 
ALTER TABLE "PUBLIC"."BATCH_JOB_INSTANCE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_3" PRIMARY KEY("JOB_INSTANCE_ID");               
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.BATCH_JOB_INSTANCE;       
INSERT INTO "PUBLIC"."BATCH_JOB_INSTANCE" VALUES
(1, 0, 'catalogImport', 'e7f0057f3e954c88a4ada204187af834'),
(2, 0, 'catalogImport', 'f05d97118cdd22d94f592e077547b9fe');     
CREATE CACHED TABLE "PUBLIC"."BATCH_JOB_EXECUTION"(
    "JOB_EXECUTION_ID" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "VERSION" BIGINT,
    "JOB_INSTANCE_ID" BIGINT NOT NULL,
    "CREATE_TIME" TIMESTAMP(9) NOT NULL,
    "START_TIME" TIMESTAMP(9) DEFAULT NULL,
    "END_TIME" TIMESTAMP(9) DEFAULT NULL,
    "STATUS" CHARACTER VARYING(10),
    "EXIT_CODE" CHARACTER VARYING(2500),
    "EXIT_MESSAGE" CHARACTER VARYING(2500),
    "LAST_UPDATED" TIMESTAMP(9)
);             
ALTER TABLE "PUBLIC"."BATCH_JOB_EXECUTION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_4" PRIMARY KEY("JOB_EXECUTION_ID");             
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.BATCH_JOB_EXECUTION;      
INSERT INTO "PUBLIC"."BATCH_JOB_EXECUTION" VALUES
(1, 3, 1, TIMESTAMP '2026-11-28 08:47:43.849821934', TIMESTAMP '2026-11-28 08:47:43.891118612', TIMESTAMP '2026-11-28 08:47:44.171776247', 'COMPLETED', 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:44.184216009'),
(2, 3, 2, TIMESTAMP '2026-11-28 08:47:49.902878644', TIMESTAMP '2026-11-28 08:47:49.907569027', TIMESTAMP '2026-11-28 08:47:50.01619641', 'COMPLETED', 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:50.016923417');     
CREATE CACHED TABLE "PUBLIC"."BATCH_JOB_EXECUTION_PARAMS"(
    "JOB_EXECUTION_ID" BIGINT NOT NULL,
    "PARAMETER_NAME" CHARACTER VARYING(100) NOT NULL,
    "PARAMETER_TYPE" CHARACTER VARYING(100) NOT NULL,
    "PARAMETER_VALUE" CHARACTER VARYING(2500),
    "IDENTIFYING" CHARACTER(1) NOT NULL
);       
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.BATCH_JOB_EXECUTION_PARAMS;              
INSERT INTO "PUBLIC"."BATCH_JOB_EXECUTION_PARAMS" VALUES
(1, 'mode', 'java.lang.String', 'REPLACE', 'N'),
(1, 'importId', 'java.lang.String', 'b32106ee-b5af-446e-9a2d-017adfad3526', 'Y'),
(1, 'file', 'java.lang.String', '/tmp/qa-old/uploads/b32106ee-b5af-446e-9a2d-017adfad3526.csv', 'N'),
(1, 'dryRun', 'java.lang.String', 'false', 'N'),
(1, 'maxRejectedRows', 'java.lang.Long', '0', 'N'),
(2, 'mode', 'java.lang.String', 'REPLACE', 'N'),
(2, 'importId', 'java.lang.String', 'f3d0cca8-f8d9-4736-af4b-3af4b115e7c2', 'Y'),
(2, 'file', 'java.lang.String', '/tmp/qa-old/uploads/f3d0cca8-f8d9-4736-af4b-3af4b115e7c2.csv', 'N'),
(2, 'dryRun', 'java.lang.String', 'false', 'N'),
(2, 'maxRejectedRows', 'java.lang.Long', '0', 'N');           
CREATE CACHED TABLE "PUBLIC"."BATCH_STEP_EXECUTION"(
    "STEP_EXECUTION_ID" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "VERSION" BIGINT NOT NULL,
    "STEP_NAME" CHARACTER VARYING(100) NOT NULL,
    "JOB_EXECUTION_ID" BIGINT NOT NULL,
    "CREATE_TIME" TIMESTAMP(9) NOT NULL,
    "START_TIME" TIMESTAMP(9) DEFAULT NULL,
    "END_TIME" TIMESTAMP(9) DEFAULT NULL,
    "STATUS" CHARACTER VARYING(10),
    "COMMIT_COUNT" BIGINT,
    "READ_COUNT" BIGINT,
    "FILTER_COUNT" BIGINT,
    "WRITE_COUNT" BIGINT,
    "READ_SKIP_COUNT" BIGINT,
    "WRITE_SKIP_COUNT" BIGINT,
    "PROCESS_SKIP_COUNT" BIGINT,
    "ROLLBACK_COUNT" BIGINT,
    "EXIT_CODE" CHARACTER VARYING(2500),
    "EXIT_MESSAGE" CHARACTER VARYING(2500),
    "LAST_UPDATED" TIMESTAMP(9)
);            
ALTER TABLE "PUBLIC"."BATCH_STEP_EXECUTION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7" PRIMARY KEY("STEP_EXECUTION_ID");           
-- 6 +/- SELECT COUNT(*) FROM PUBLIC.BATCH_STEP_EXECUTION;     
INSERT INTO "PUBLIC"."BATCH_STEP_EXECUTION" VALUES
(1, 4, 'importPrepare', 1, TIMESTAMP '2026-11-28 08:47:43.947709791', TIMESTAMP '2026-11-28 08:47:43.958502459', TIMESTAMP '2026-11-28 08:47:43.989482938', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:44.00886509'),
(2, 4, 'importStage', 1, TIMESTAMP '2026-11-28 08:47:44.016328414', TIMESTAMP '2026-11-28 08:47:44.021271879', TIMESTAMP '2026-11-28 08:47:44.139584367', 'COMPLETED', 1, 36, 0, 36, 0, 0, 0, 0, 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:44.142696286'),
(3, 4, 'importPublish', 1, TIMESTAMP '2026-11-28 08:47:44.146787765', TIMESTAMP '2026-11-28 08:47:44.147752316', TIMESTAMP '2026-11-28 08:47:44.164771729', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:44.169511535'),
(4, 4, 'importPrepare', 2, TIMESTAMP '2026-11-28 08:47:49.920432687', TIMESTAMP '2026-11-28 08:47:49.921460429', TIMESTAMP '2026-11-28 08:47:49.942775009', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:49.949249226'),
(5, 4, 'importStage', 2, TIMESTAMP '2026-11-28 08:47:49.95203352', TIMESTAMP '2026-11-28 08:47:49.953832945', TIMESTAMP '2026-11-28 08:47:50.002628054', 'COMPLETED', 1, 36, 0, 36, 0, 0, 0, 0, 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:50.004706801'),
(6, 4, 'importPublish', 2, TIMESTAMP '2026-11-28 08:47:50.006753908', TIMESTAMP '2026-11-28 08:47:50.007202164', TIMESTAMP '2026-11-28 08:47:50.013895408', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', TIMESTAMP '2026-11-28 08:47:50.014984376');           
CREATE CACHED TABLE "PUBLIC"."BATCH_STEP_EXECUTION_CONTEXT"(
    "STEP_EXECUTION_ID" BIGINT NOT NULL,
    "SHORT_CONTEXT" CHARACTER VARYING(2500) NOT NULL,
    "SERIALIZED_CONTEXT" CHARACTER VARYING
);      
ALTER TABLE "PUBLIC"."BATCH_STEP_EXECUTION_CONTEXT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_E" PRIMARY KEY("STEP_EXECUTION_ID");   
-- 6 +/- SELECT COUNT(*) FROM PUBLIC.BATCH_STEP_EXECUTION_CONTEXT;             
INSERT INTO "PUBLIC"."BATCH_STEP_EXECUTION_CONTEXT" VALUES
(1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0ACRvcmcuYWltbmF2LmluZ2VzdC5qb2IuUHJlcGFyZVRhc2tsZXR0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAN29yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLnRhc2tsZXQuVGFza2xldFN0ZXB4', NULL),
(2, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAEdAASc3RhZ2luZ1dyaXRlci5yb3dzc3IADmphdmEubGFuZy5Mb25nO4vkkMyPI98CAAFKAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAAAAAAkdAAbY2F0YWxvZ0NzdlJlYWRlci5yZWFkLmNvdW50c3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhxAH4ABAAAACV0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL),
(3, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0ACRvcmcuYWltbmF2LmluZ2VzdC5qb2IuUHVibGlzaFRhc2tsZXR0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAN29yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLnRhc2tsZXQuVGFza2xldFN0ZXB4', NULL),
(4, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0ACRvcmcuYWltbmF2LmluZ2VzdC5qb2IuUHJlcGFyZVRhc2tsZXR0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAN29yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLnRhc2tsZXQuVGFza2xldFN0ZXB4', NULL),
(5, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAEdAASc3RhZ2luZ1dyaXRlci5yb3dzc3IADmphdmEubGFuZy5Mb25nO4vkkMyPI98CAAFKAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAAAAAAkdAAbY2F0YWxvZ0NzdlJlYWRlci5yZWFkLmNvdW50c3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhxAH4ABAAAACV0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL),
(6, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0ACRvcmcuYWltbmF2LmluZ2VzdC5qb2IuUHVibGlzaFRhc2tsZXR0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAN29yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLnRhc2tsZXQuVGFza2xldFN0ZXB4', NULL);   
CREATE CACHED TABLE "PUBLIC"."BATCH_JOB_EXECUTION_CONTEXT"(
    "JOB_EXECUTION_ID" BIGINT NOT NULL,
    "SHORT_CONTEXT" CHARACTER VARYING(2500) NOT NULL,
    "SERIALIZED_CONTEXT" CHARACTER VARYING
);        
ALTER TABLE "PUBLIC"."BATCH_JOB_EXECUTION_CONTEXT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B" PRIMARY KEY("JOB_EXECUTION_ID");     
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.BATCH_JOB_EXECUTION_CONTEXT;              
INSERT INTO "PUBLIC"."BATCH_JOB_EXECUTION_CONTEXT" VALUES
(1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAANYmF0Y2gudmVyc2lvbnQABTYuMC40eA==', NULL),
(2, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAANYmF0Y2gudmVyc2lvbnQABTYuMC40eA==', NULL);        
CREATE CACHED TABLE "PUBLIC"."IMPORT_RUN"(
    "IMPORT_ID" CHARACTER VARYING(36) NOT NULL,
    "FILE_NAME" CHARACTER VARYING(255) NOT NULL,
    "STORED_FILE" CHARACTER VARYING(1000) NOT NULL,
    "SHA256" CHARACTER VARYING(64) NOT NULL,
    "STATUS" CHARACTER VARYING(16) NOT NULL,
    "DRY_RUN" BOOLEAN NOT NULL,
    "IMPORT_MODE" CHARACTER VARYING(16) NOT NULL,
    "MAX_REJECTED_ROWS" BIGINT NOT NULL,
    "DELIMITER_NAME" CHARACTER VARYING(16),
    "WARNINGS" CHARACTER VARYING(4000),
    "STARTED_AT" TIMESTAMP WITH TIME ZONE NOT NULL,
    "FINISHED_AT" TIMESTAMP WITH TIME ZONE,
    "ROWS_READ" BIGINT DEFAULT 0 NOT NULL,
    "ROWS_VALID" BIGINT DEFAULT 0 NOT NULL,
    "ROWS_REJECTED" BIGINT DEFAULT 0 NOT NULL,
    "BLANK_ROWS" BIGINT DEFAULT 0 NOT NULL,
    "BYTES_READ" BIGINT DEFAULT 0 NOT NULL,
    "BYTES_TOTAL" BIGINT NOT NULL,
    "STAGING_VERSION" INTEGER,
    "STAGED_CHECKSUM" CHARACTER VARYING(64),
    "CATALOG_VERSION" INTEGER,
    "MESSAGE" CHARACTER VARYING(2000)
);  
ALTER TABLE "PUBLIC"."IMPORT_RUN" ADD CONSTRAINT "PUBLIC"."IMPORT_RUN_PK" PRIMARY KEY("IMPORT_ID");            
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.IMPORT_RUN;               
INSERT INTO "PUBLIC"."IMPORT_RUN" VALUES
('b32106ee-b5af-446e-9a2d-017adfad3526', 'programs.csv', '/tmp/qa-old/uploads/b32106ee-b5af-446e-9a2d-017adfad3526.csv', '7e74256292b76aaa5c0643df2ece715b645404ca949e505e0dbc0984f735a0ad', 'PUBLISHED', FALSE, 'REPLACE', 0, 'comma', NULL, TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:43.657239+00', TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:44.158569+00', 36, 36, 0, 0, 25367, 25367, 1, '3672f9cb340daf5c61b45782d368e4ae6e1f0a432f371d5f29118e4f6f8a876d', 1, '36 rows read: 36 valid, 0 rejected. Published catalog version 1 with 36 programs; it is now current.'),
('f3d0cca8-f8d9-4736-af4b-3af4b115e7c2', 'qa-bad.csv', '/tmp/qa-old/uploads/f3d0cca8-f8d9-4736-af4b-3af4b115e7c2.csv', 'b5489a6bbf7128d4e6bc2de75333540c5a046b7f5855ab0760d99ef4e0b7e5c1', 'REJECTED', FALSE, 'REPLACE', 0, 'comma', NULL, TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:49.900656+00', TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:50.012667+00', 36, 35, 1, 0, 25348, 25348, 2, '042b42639980e5763688a229c62878d82f4c2563a2528bcbe116a32fbdd83d5a', NULL, '36 rows read: 35 valid, 1 rejected. The import allows at most 0 rejected rows, so nothing was published; the catalog is unchanged. See the problems.');     
CREATE INDEX "PUBLIC"."IMPORT_RUN_STARTED_IX" ON "PUBLIC"."IMPORT_RUN"("STARTED_AT" NULLS FIRST);              
CREATE CACHED TABLE "PUBLIC"."IMPORT_PROBLEM"(
    "IMPORT_ID" CHARACTER VARYING(36) NOT NULL,
    "LINE_NUMBER" BIGINT NOT NULL,
    "ORDINAL" INTEGER NOT NULL,
    "COLUMN_NAME" CHARACTER VARYING(100),
    "CODE" CHARACTER VARYING(32) NOT NULL,
    "MESSAGE" CHARACTER VARYING(1000) NOT NULL,
    "PROBLEM_VALUE" CHARACTER VARYING(1000)
);          
ALTER TABLE "PUBLIC"."IMPORT_PROBLEM" ADD CONSTRAINT "PUBLIC"."IMPORT_PROBLEM_PK" PRIMARY KEY("IMPORT_ID", "LINE_NUMBER", "ORDINAL");          
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.IMPORT_PROBLEM;           
INSERT INTO "PUBLIC"."IMPORT_PROBLEM" VALUES
('f3d0cca8-f8d9-4736-af4b-3af4b115e7c2', 6, 0, 'credential', 'ENUM', 'credential must be one of phd, masters, graduate_certificate, professional_certificate, short_course, executive_education', 'bogus');       
CREATE INDEX "PUBLIC"."IMPORT_PROBLEM_CODE_IX" ON "PUBLIC"."IMPORT_PROBLEM"("IMPORT_ID" NULLS FIRST, "CODE" NULLS FIRST, "LINE_NUMBER" NULLS FIRST);           
CREATE CACHED TABLE "PUBLIC"."IMPORT_PROBLEM_COUNT"(
    "IMPORT_ID" CHARACTER VARYING(36) NOT NULL,
    "CODE" CHARACTER VARYING(32) NOT NULL,
    "PROBLEM_COUNT" BIGINT NOT NULL
);         
ALTER TABLE "PUBLIC"."IMPORT_PROBLEM_COUNT" ADD CONSTRAINT "PUBLIC"."IMPORT_PROBLEM_COUNT_PK" PRIMARY KEY("IMPORT_ID", "CODE");
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.IMPORT_PROBLEM_COUNT;     
INSERT INTO "PUBLIC"."IMPORT_PROBLEM_COUNT" VALUES
('f3d0cca8-f8d9-4736-af4b-3af4b115e7c2', 'ENUM', 1);        
CREATE CACHED TABLE "PUBLIC"."IMPORT_LOCK"(
    "ID" INTEGER NOT NULL,
    "IMPORT_ID" CHARACTER VARYING(36),
    "INSTANCE_ID" CHARACTER VARYING(300),
    "ACQUIRED_AT" TIMESTAMP WITH TIME ZONE,
    "LEASE_UNTIL" TIMESTAMP WITH TIME ZONE
);              
ALTER TABLE "PUBLIC"."IMPORT_LOCK" ADD CONSTRAINT "PUBLIC"."IMPORT_LOCK_PK" PRIMARY KEY("ID"); 
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.IMPORT_LOCK;              
INSERT INTO "PUBLIC"."IMPORT_LOCK" VALUES
(1, NULL, NULL, NULL, NULL);         
CREATE CACHED TABLE "PUBLIC"."RECOMMENDATION_REQUEST"(
    "REQUEST_ID" CHARACTER VARYING(36) NOT NULL,
    "REQUESTED_AT" TIMESTAMP WITH TIME ZONE NOT NULL,
    "REQUESTED_DAY" DATE NOT NULL,
    "CATALOG_VERSION" INTEGER NOT NULL,
    "LEARNER_ROLE" CHARACTER VARYING(32),
    "INTERESTS_TEXT" CHARACTER VARYING(1000),
    "MAX_BUDGET_USD" NUMERIC(16, 4),
    "MAX_DURATION_MONTHS" NUMERIC(10, 4),
    "DELIVERY_FORMATS" CHARACTER VARYING(100) NOT NULL,
    "PACES" CHARACTER VARYING(100) NOT NULL,
    "COUNTRY" CHARACTER VARYING(2),
    "PRIOR_DEGREE" CHARACTER VARYING(32),
    "CREDENTIALS" CHARACTER VARYING(200) NOT NULL,
    "MUST_HAVE" CHARACTER VARYING(200) NOT NULL,
    "MUST_HAVE_KEY" CHARACTER VARYING(1000) NOT NULL,
    "MUST_HAVE_LABEL" CHARACTER VARYING(1000) NOT NULL,
    "REQUESTED_LIMIT" INTEGER NOT NULL,
    "MUST_HAVE_MATCHES" INTEGER NOT NULL,
    "RELEVANT_MATCHES" INTEGER NOT NULL,
    "RESULT_COUNT" INTEGER NOT NULL,
    "RELAXATIONS" CHARACTER VARYING(10000) NOT NULL
);    
ALTER TABLE "PUBLIC"."RECOMMENDATION_REQUEST" ADD CONSTRAINT "PUBLIC"."RECOMMENDATION_REQUEST_PK" PRIMARY KEY("REQUEST_ID");   
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.RECOMMENDATION_REQUEST;   
INSERT INTO "PUBLIC"."RECOMMENDATION_REQUEST" VALUES
('3d2c49c3-47ef-43a3-9e19-16c7f512a7be', TIMESTAMP WITH TIME ZONE '2026-11-28 08:47:45.501026+00', DATE '2026-11-28', 1, 'clinician', 'radiology imaging deep learning', NULL, NULL, '', '', NULL, NULL, '', '', '', '', 3, 36, 10, 3, '[]');             
CREATE INDEX "PUBLIC"."RECOMMENDATION_REQUEST_AT_IX" ON "PUBLIC"."RECOMMENDATION_REQUEST"("REQUESTED_AT" NULLS FIRST);         
CREATE CACHED TABLE "PUBLIC"."RECOMMENDATION_REQUEST_GOAL"(
    "REQUEST_ID" CHARACTER VARYING(36) NOT NULL,
    "GOAL" CHARACTER VARYING(32) NOT NULL
);      
ALTER TABLE "PUBLIC"."RECOMMENDATION_REQUEST_GOAL" ADD CONSTRAINT "PUBLIC"."RECOMMENDATION_REQUEST_GOAL_PK" PRIMARY KEY("REQUEST_ID", "GOAL"); 
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.RECOMMENDATION_REQUEST_GOAL;              
CREATE CACHED TABLE "PUBLIC"."RECOMMENDATION_REQUEST_INTEREST"(
    "REQUEST_ID" CHARACTER VARYING(36) NOT NULL,
    "TOPIC" CHARACTER VARYING(64) NOT NULL
); 
ALTER TABLE "PUBLIC"."RECOMMENDATION_REQUEST_INTEREST" ADD CONSTRAINT "PUBLIC"."RECOMMENDATION_REQUEST_INTEREST_PK" PRIMARY KEY("REQUEST_ID", "TOPIC");        
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.RECOMMENDATION_REQUEST_INTEREST;          
CREATE CACHED TABLE "PUBLIC"."RECOMMENDATION_RESULT"(
    "REQUEST_ID" CHARACTER VARYING(36) NOT NULL,
    "RESULT_RANK" INTEGER NOT NULL,
    "CATALOG_VERSION" INTEGER NOT NULL,
    "PROGRAM_ID" CHARACTER VARYING(80) NOT NULL,
    "SCORE" NUMERIC(6, 4) NOT NULL
);      
ALTER TABLE "PUBLIC"."RECOMMENDATION_RESULT" ADD CONSTRAINT "PUBLIC"."RECOMMENDATION_RESULT_PK" PRIMARY KEY("REQUEST_ID", "RESULT_RANK");      
-- 3 +/- SELECT COUNT(*) FROM PUBLIC.RECOMMENDATION_RESULT;    
INSERT INTO "PUBLIC"."RECOMMENDATION_RESULT" VALUES
('3d2c49c3-47ef-43a3-9e19-16c7f512a7be', 1, 1, 'uab-ms-ai-in-medicine', 0.9921),
('3d2c49c3-47ef-43a3-9e19-16c7f512a7be', 2, 1, 'ucl-ukri-cdt-ai-enabled-healthcare', 0.8748),
('3d2c49c3-47ef-43a3-9e19-16c7f512a7be', 3, 1, 'nbems-ai-in-healthcare-training', 0.7725);  
CREATE INDEX "PUBLIC"."RECOMMENDATION_RESULT_PROGRAM_IX" ON "PUBLIC"."RECOMMENDATION_RESULT"("CATALOG_VERSION" NULLS FIRST, "PROGRAM_ID" NULLS FIRST);         
ALTER TABLE "PUBLIC"."IMPORT_LOCK" ADD CONSTRAINT "PUBLIC"."IMPORT_LOCK_SINGLE_CK" CHECK("ID" = 1) NOCHECK;    
ALTER TABLE "PUBLIC"."IMPORT_RUN" ADD CONSTRAINT "PUBLIC"."IMPORT_RUN_STATUS_CK" CHECK("STATUS" IN('QUEUED', 'RUNNING', 'PUBLISHED', 'VALIDATED', 'REJECTED', 'FAILED', 'UNCHANGED')) NOCHECK; 
ALTER TABLE "PUBLIC"."CATALOG_CURRENT" ADD CONSTRAINT "PUBLIC"."CATALOG_CURRENT_SINGLE_CK" CHECK("ID" = 1) NOCHECK;            
ALTER TABLE "PUBLIC"."CATALOG_VERSION" ADD CONSTRAINT "PUBLIC"."CATALOG_VERSION_STATUS_CK" CHECK("STATUS" IN('STAGING', 'PUBLISHED', 'DISCARDED')) NOCHECK;    
ALTER TABLE "PUBLIC"."IMPORT_RUN" ADD CONSTRAINT "PUBLIC"."IMPORT_RUN_MODE_CK" CHECK("IMPORT_MODE" IN('REPLACE', 'MERGE')) NOCHECK;            
ALTER TABLE "PUBLIC"."BATCH_JOB_INSTANCE" ADD CONSTRAINT "PUBLIC"."JOB_INST_UN" UNIQUE NULLS DISTINCT ("JOB_NAME", "JOB_KEY"); 
ALTER TABLE "PUBLIC"."IMPORT_PROBLEM" ADD CONSTRAINT "PUBLIC"."IMPORT_PROBLEM_RUN_FK" FOREIGN KEY("IMPORT_ID") REFERENCES "PUBLIC"."IMPORT_RUN"("IMPORT_ID") NOCHECK;          
ALTER TABLE "PUBLIC"."PROGRAM" ADD CONSTRAINT "PUBLIC"."PROGRAM_VERSION_FK" FOREIGN KEY("CATALOG_VERSION") REFERENCES "PUBLIC"."CATALOG_VERSION"("VERSION") NOCHECK;           
ALTER TABLE "PUBLIC"."RECOMMENDATION_REQUEST_GOAL" ADD CONSTRAINT "PUBLIC"."RECOMMENDATION_REQUEST_GOAL_FK" FOREIGN KEY("REQUEST_ID") REFERENCES "PUBLIC"."RECOMMENDATION_REQUEST"("REQUEST_ID") ON DELETE CASCADE NOCHECK;    
ALTER TABLE "PUBLIC"."BATCH_STEP_EXECUTION" ADD CONSTRAINT "PUBLIC"."JOB_EXEC_STEP_FK" FOREIGN KEY("JOB_EXECUTION_ID") REFERENCES "PUBLIC"."BATCH_JOB_EXECUTION"("JOB_EXECUTION_ID") NOCHECK;  
ALTER TABLE "PUBLIC"."BATCH_JOB_EXECUTION_PARAMS" ADD CONSTRAINT "PUBLIC"."JOB_EXEC_PARAMS_FK" FOREIGN KEY("JOB_EXECUTION_ID") REFERENCES "PUBLIC"."BATCH_JOB_EXECUTION"("JOB_EXECUTION_ID") NOCHECK;          
ALTER TABLE "PUBLIC"."BATCH_JOB_EXECUTION" ADD CONSTRAINT "PUBLIC"."JOB_INST_EXEC_FK" FOREIGN KEY("JOB_INSTANCE_ID") REFERENCES "PUBLIC"."BATCH_JOB_INSTANCE"("JOB_INSTANCE_ID") NOCHECK;      
ALTER TABLE "PUBLIC"."BATCH_JOB_EXECUTION_CONTEXT" ADD CONSTRAINT "PUBLIC"."JOB_EXEC_CTX_FK" FOREIGN KEY("JOB_EXECUTION_ID") REFERENCES "PUBLIC"."BATCH_JOB_EXECUTION"("JOB_EXECUTION_ID") NOCHECK;            
ALTER TABLE "PUBLIC"."RECOMMENDATION_RESULT" ADD CONSTRAINT "PUBLIC"."RECOMMENDATION_RESULT_FK" FOREIGN KEY("REQUEST_ID") REFERENCES "PUBLIC"."RECOMMENDATION_REQUEST"("REQUEST_ID") ON DELETE CASCADE NOCHECK;
ALTER TABLE "PUBLIC"."CATALOG_CURRENT" ADD CONSTRAINT "PUBLIC"."CATALOG_CURRENT_VERSION_FK" FOREIGN KEY("VERSION") REFERENCES "PUBLIC"."CATALOG_VERSION"("VERSION") NOCHECK;   
ALTER TABLE "PUBLIC"."IMPORT_PROBLEM_COUNT" ADD CONSTRAINT "PUBLIC"."IMPORT_PROBLEM_COUNT_RUN_FK" FOREIGN KEY("IMPORT_ID") REFERENCES "PUBLIC"."IMPORT_RUN"("IMPORT_ID") NOCHECK;              
ALTER TABLE "PUBLIC"."BATCH_STEP_EXECUTION_CONTEXT" ADD CONSTRAINT "PUBLIC"."STEP_EXEC_CTX_FK" FOREIGN KEY("STEP_EXECUTION_ID") REFERENCES "PUBLIC"."BATCH_STEP_EXECUTION"("STEP_EXECUTION_ID") NOCHECK;       
ALTER TABLE "PUBLIC"."RECOMMENDATION_REQUEST_INTEREST" ADD CONSTRAINT "PUBLIC"."RECOMMENDATION_REQUEST_INTEREST_FK" FOREIGN KEY("REQUEST_ID") REFERENCES "PUBLIC"."RECOMMENDATION_REQUEST"("REQUEST_ID") ON DELETE CASCADE NOCHECK;            
