"""kg's vocabulary. GENERATED from ontology/kg.ttl by `python -m kg.graph.ontology --write-vocab`.

Do not edit: tests/test_ontology.py fails when this file and the ontology drift.
Code spells ontology terms only through these constants.
"""
from rdflib import URIRef

INSTANCE_BASE = "https://w3id.org/kg-sec/id/"
COUNTRY_BASE = "http://publications.europa.eu/resource/authority/country/"


class KG:
    """Terms of <https://w3id.org/kg-sec/ontology#> that kg uses."""

    NS = "https://w3id.org/kg-sec/ontology#"
    BeneficialOwnership = URIRef("https://w3id.org/kg-sec/ontology#BeneficialOwnership")  # beneficial ownership
    BodyRoles = URIRef("https://w3id.org/kg-sec/ontology#BodyRoles")  # roles in bodies of an organisation
    CanonicalEntity = URIRef("https://w3id.org/kg-sec/ontology#CanonicalEntity")  # canonical entity
    CategoryConversion = URIRef("https://w3id.org/kg-sec/ontology#CategoryConversion")  # conversion
    CategoryDiscretionary = URIRef("https://w3id.org/kg-sec/ontology#CategoryDiscretionary")  # discretionary transaction
    CategoryDispositionToIssuer = URIRef("https://w3id.org/kg-sec/ontology#CategoryDispositionToIssuer")  # disposition to the issuer
    CategoryEquitySwap = URIRef("https://w3id.org/kg-sec/ontology#CategoryEquitySwap")  # equity swap
    CategoryExpiration = URIRef("https://w3id.org/kg-sec/ontology#CategoryExpiration")  # expiration
    CategoryGift = URIRef("https://w3id.org/kg-sec/ontology#CategoryGift")  # gift
    CategoryGrantAward = URIRef("https://w3id.org/kg-sec/ontology#CategoryGrantAward")  # grant or award
    CategoryInheritance = URIRef("https://w3id.org/kg-sec/ontology#CategoryInheritance")  # inheritance
    CategoryOpenMarketPurchase = URIRef("https://w3id.org/kg-sec/ontology#CategoryOpenMarketPurchase")  # open-market or private purchase
    CategoryOpenMarketSale = URIRef("https://w3id.org/kg-sec/ontology#CategoryOpenMarketSale")  # open-market or private sale
    CategoryOptionExercise = URIRef("https://w3id.org/kg-sec/ontology#CategoryOptionExercise")  # option exercise
    CategoryOther = URIRef("https://w3id.org/kg-sec/ontology#CategoryOther")  # other
    CategorySmallAcquisition = URIRef("https://w3id.org/kg-sec/ontology#CategorySmallAcquisition")  # small acquisition
    CategoryTaxWithholding = URIRef("https://w3id.org/kg-sec/ontology#CategoryTaxWithholding")  # tax withholding
    CategoryTender = URIRef("https://w3id.org/kg-sec/ontology#CategoryTender")  # tender
    CategoryVoluntaryReport = URIRef("https://w3id.org/kg-sec/ontology#CategoryVoluntaryReport")  # voluntary report
    CategoryVotingTrust = URIRef("https://w3id.org/kg-sec/ontology#CategoryVotingTrust")  # voting trust
    Conversion = URIRef("https://w3id.org/kg-sec/ontology#Conversion")  # conversion
    DataQualityFinding = URIRef("https://w3id.org/kg-sec/ontology#DataQualityFinding")  # data-quality finding
    Different = URIRef("https://w3id.org/kg-sec/ontology#Different")  # different
    Director = URIRef("https://w3id.org/kg-sec/ontology#Director")  # director
    Discretionary = URIRef("https://w3id.org/kg-sec/ontology#Discretionary")  # discretionary transaction
    DispositionToIssuer = URIRef("https://w3id.org/kg-sec/ontology#DispositionToIssuer")  # disposition to the issuer
    Distribution = URIRef("https://w3id.org/kg-sec/ontology#Distribution")  # distribution
    EquitySwap = URIRef("https://w3id.org/kg-sec/ontology#EquitySwap")  # equity swap
    ExecutiveOfficer = URIRef("https://w3id.org/kg-sec/ontology#ExecutiveOfficer")  # executive officer
    Exercise = URIRef("https://w3id.org/kg-sec/ontology#Exercise")  # exercise
    Expiration = URIRef("https://w3id.org/kg-sec/ontology#Expiration")  # expiration
    Filing = URIRef("https://w3id.org/kg-sec/ontology#Filing")  # filing
    Footnote = URIRef("https://w3id.org/kg-sec/ontology#Footnote")  # footnote
    FootnoteReference = URIRef("https://w3id.org/kg-sec/ontology#FootnoteReference")  # footnote reference
    FormAG = URIRef("https://w3id.org/kg-sec/ontology#FormAG")  # Aktiengesellschaft
    FormBV = URIRef("https://w3id.org/kg-sec/ontology#FormBV")  # besloten vennootschap
    FormCo = URIRef("https://w3id.org/kg-sec/ontology#FormCo")  # company
    FormCorp = URIRef("https://w3id.org/kg-sec/ontology#FormCorp")  # corporation
    FormGmbH = URIRef("https://w3id.org/kg-sec/ontology#FormGmbH")  # Gesellschaft mit beschränkter Haftung
    FormInc = URIRef("https://w3id.org/kg-sec/ontology#FormInc")  # incorporated
    FormLLC = URIRef("https://w3id.org/kg-sec/ontology#FormLLC")  # limited liability company
    FormLLP = URIRef("https://w3id.org/kg-sec/ontology#FormLLP")  # limited liability partnership
    FormLP = URIRef("https://w3id.org/kg-sec/ontology#FormLP")  # limited partnership
    FormLtd = URIRef("https://w3id.org/kg-sec/ontology#FormLtd")  # limited
    FormNV = URIRef("https://w3id.org/kg-sec/ontology#FormNV")  # naamloze vennootschap
    FormPLC = URIRef("https://w3id.org/kg-sec/ontology#FormPLC")  # public limited company
    FormSA = URIRef("https://w3id.org/kg-sec/ontology#FormSA")  # société anonyme
    FormSE = URIRef("https://w3id.org/kg-sec/ontology#FormSE")  # societas Europaea
    FormSpA = URIRef("https://w3id.org/kg-sec/ontology#FormSpA")  # società per azioni
    GeneralPartner = URIRef("https://w3id.org/kg-sec/ontology#GeneralPartner")  # general partner
    Gift = URIRef("https://w3id.org/kg-sec/ontology#Gift")  # gift
    Grant = URIRef("https://w3id.org/kg-sec/ontology#Grant")  # grant
    Inheritance = URIRef("https://w3id.org/kg-sec/ontology#Inheritance")  # inheritance
    Judgement = URIRef("https://w3id.org/kg-sec/ontology#Judgement")  # judgement
    JudgementDecisions = URIRef("https://w3id.org/kg-sec/ontology#JudgementDecisions")  # judgement decisions
    LegalForms = URIRef("https://w3id.org/kg-sec/ontology#LegalForms")  # legal forms
    ManagingBoardMember = URIRef("https://w3id.org/kg-sec/ontology#ManagingBoardMember")  # member of the managing board
    ManagingMember = URIRef("https://w3id.org/kg-sec/ontology#ManagingMember")  # managing member
    OtherTransaction = URIRef("https://w3id.org/kg-sec/ontology#OtherTransaction")  # other transaction
    Purchase = URIRef("https://w3id.org/kg-sec/ontology#Purchase")  # purchase
    ReportingPersonTypes = URIRef("https://w3id.org/kg-sec/ontology#ReportingPersonTypes")  # types of reporting person
    Sale = URIRef("https://w3id.org/kg-sec/ontology#Sale")  # sale
    Same = URIRef("https://w3id.org/kg-sec/ontology#Same")  # same
    SecurityClass = URIRef("https://w3id.org/kg-sec/ontology#SecurityClass")  # class of securities
    Signature = URIRef("https://w3id.org/kg-sec/ontology#Signature")  # signature
    SmallAcquisition = URIRef("https://w3id.org/kg-sec/ontology#SmallAcquisition")  # small acquisition
    SupervisoryBoardMember = URIRef("https://w3id.org/kg-sec/ontology#SupervisoryBoardMember")  # member of the supervisory board
    TaxWithholding = URIRef("https://w3id.org/kg-sec/ontology#TaxWithholding")  # tax withholding
    TenPercentOwner = URIRef("https://w3id.org/kg-sec/ontology#TenPercentOwner")  # ten percent owner
    Tender = URIRef("https://w3id.org/kg-sec/ontology#Tender")  # tender
    TradeCategories = URIRef("https://w3id.org/kg-sec/ontology#TradeCategories")  # trade categories
    Transaction = URIRef("https://w3id.org/kg-sec/ontology#Transaction")  # transaction
    TransactionKinds = URIRef("https://w3id.org/kg-sec/ontology#TransactionKinds")  # transaction kinds
    Trustee = URIRef("https://w3id.org/kg-sec/ontology#Trustee")  # trustee
    TypeBD = URIRef("https://w3id.org/kg-sec/ontology#TypeBD")  # broker dealer
    TypeBK = URIRef("https://w3id.org/kg-sec/ontology#TypeBK")  # bank
    TypeCO = URIRef("https://w3id.org/kg-sec/ontology#TypeCO")  # corporation
    TypeCP = URIRef("https://w3id.org/kg-sec/ontology#TypeCP")  # church plan
    TypeEP = URIRef("https://w3id.org/kg-sec/ontology#TypeEP")  # employee benefit plan or endowment fund
    TypeFI = URIRef("https://w3id.org/kg-sec/ontology#TypeFI")  # non-U.S. institution
    TypeHC = URIRef("https://w3id.org/kg-sec/ontology#TypeHC")  # parent holding company or control person
    TypeIA = URIRef("https://w3id.org/kg-sec/ontology#TypeIA")  # investment adviser
    TypeIC = URIRef("https://w3id.org/kg-sec/ontology#TypeIC")  # insurance company
    TypeIN = URIRef("https://w3id.org/kg-sec/ontology#TypeIN")  # individual
    TypeIV = URIRef("https://w3id.org/kg-sec/ontology#TypeIV")  # investment company
    TypeOO = URIRef("https://w3id.org/kg-sec/ontology#TypeOO")  # other
    TypePN = URIRef("https://w3id.org/kg-sec/ontology#TypePN")  # partnership
    TypeSA = URIRef("https://w3id.org/kg-sec/ontology#TypeSA")  # savings association
    Unsure = URIRef("https://w3id.org/kg-sec/ontology#Unsure")  # unsure
    VoluntaryReport = URIRef("https://w3id.org/kg-sec/ontology#VoluntaryReport")  # voluntary report
    VotingTrust = URIRef("https://w3id.org/kg-sec/ontology#VotingTrust")  # voting trust
    aboutProperty = URIRef("https://w3id.org/kg-sec/ontology#aboutProperty")  # about property
    accessionNumber = URIRef("https://w3id.org/kg-sec/ontology#accessionNumber")  # accession number
    acquiredDisposed = URIRef("https://w3id.org/kg-sec/ontology#acquiredDisposed")  # acquired or disposed
    agentClass = URIRef("https://w3id.org/kg-sec/ontology#agentClass")  # agent class
    amendmentNumber = URIRef("https://w3id.org/kg-sec/ontology#amendmentNumber")  # amendment number
    amends = URIRef("https://w3id.org/kg-sec/ontology#amends")  # amends
    amendsFilingDated = URIRef("https://w3id.org/kg-sec/ontology#amendsFilingDated")  # amends filing dated
    asOf = URIRef("https://w3id.org/kg-sec/ontology#asOf")  # as of
    boardCount = URIRef("https://w3id.org/kg-sec/ontology#boardCount")  # boards
    boardNames = URIRef("https://w3id.org/kg-sec/ontology#boardNames")  # board names
    boardRow = URIRef("https://w3id.org/kg-sec/ontology#boardRow")  # board row
    cik = URIRef("https://w3id.org/kg-sec/ontology#cik")  # CIK
    citesFootnote = URIRef("https://w3id.org/kg-sec/ontology#citesFootnote")  # cites footnote
    citizenshipAsPrinted = URIRef("https://w3id.org/kg-sec/ontology#citizenshipAsPrinted")  # citizenship or place of organisation as printed
    concerns = URIRef("https://w3id.org/kg-sec/ontology#concerns")  # concerns
    copyToContact = URIRef("https://w3id.org/kg-sec/ontology#copyToContact")  # copy to
    countryBase = URIRef("https://w3id.org/kg-sec/ontology#countryBase")  # country base
    currency = URIRef("https://w3id.org/kg-sec/ontology#currency")  # currency
    cusip = URIRef("https://w3id.org/kg-sec/ontology#cusip")  # CUSIP
    decidedBy = URIRef("https://w3id.org/kg-sec/ontology#decidedBy")  # decided by
    decision = URIRef("https://w3id.org/kg-sec/ontology#decision")  # decision
    deemedExecutionDate = URIRef("https://w3id.org/kg-sec/ontology#deemedExecutionDate")  # deemed execution date
    derivative = URIRef("https://w3id.org/kg-sec/ontology#derivative")  # derivative
    details = URIRef("https://w3id.org/kg-sec/ontology#details")  # details
    directOrIndirect = URIRef("https://w3id.org/kg-sec/ontology#directOrIndirect")  # direct or indirect
    documentKind = URIRef("https://w3id.org/kg-sec/ontology#documentKind")  # document kind
    edgeLabel = URIRef("https://w3id.org/kg-sec/ontology#edgeLabel")  # edge label
    edgeSource = URIRef("https://w3id.org/kg-sec/ontology#edgeSource")  # edge source
    edgeTarget = URIRef("https://w3id.org/kg-sec/ontology#edgeTarget")  # edge target
    entityKind = URIRef("https://w3id.org/kg-sec/ontology#entityKind")  # entity kind
    equitySwapInvolved = URIRef("https://w3id.org/kg-sec/ontology#equitySwapInvolved")  # equity swap involved
    eventDate = URIRef("https://w3id.org/kg-sec/ontology#eventDate")  # event date
    exerciseDate = URIRef("https://w3id.org/kg-sec/ontology#exerciseDate")  # date exercisable
    exercisePrice = URIRef("https://w3id.org/kg-sec/ontology#exercisePrice")  # exercise price
    expirationDate = URIRef("https://w3id.org/kg-sec/ontology#expirationDate")  # expiration date
    exportEdge = URIRef("https://w3id.org/kg-sec/ontology#exportEdge")  # export edge
    filedDate = URIRef("https://w3id.org/kg-sec/ontology#filedDate")  # filed date
    findingCode = URIRef("https://w3id.org/kg-sec/ontology#findingCode")  # finding code
    footnote = URIRef("https://w3id.org/kg-sec/ontology#footnote")  # footnote
    footnoteId = URIRef("https://w3id.org/kg-sec/ontology#footnoteId")  # footnote id
    footnoteReference = URIRef("https://w3id.org/kg-sec/ontology#footnoteReference")  # footnote reference
    footnoteText = URIRef("https://w3id.org/kg-sec/ontology#footnoteText")  # footnote text
    formType = URIRef("https://w3id.org/kg-sec/ontology#formType")  # form type
    formerName = URIRef("https://w3id.org/kg-sec/ontology#formerName")  # former name
    instanceBase = URIRef("https://w3id.org/kg-sec/ontology#instanceBase")  # instance base
    issuedBy = URIRef("https://w3id.org/kg-sec/ontology#issuedBy")  # issued by
    issuer = URIRef("https://w3id.org/kg-sec/ontology#issuer")  # issuer
    judgedMention = URIRef("https://w3id.org/kg-sec/ontology#judgedMention")  # judged mention
    jurisdiction = URIRef("https://w3id.org/kg-sec/ontology#jurisdiction")  # jurisdiction
    jurisdictionRegion = URIRef("https://w3id.org/kg-sec/ontology#jurisdictionRegion")  # jurisdiction region
    kindAsPrinted = URIRef("https://w3id.org/kg-sec/ontology#kindAsPrinted")  # kind as printed
    lei = URIRef("https://w3id.org/kg-sec/ontology#lei")  # LEI
    location = URIRef("https://w3id.org/kg-sec/ontology#location")  # location
    matchProbability = URIRef("https://w3id.org/kg-sec/ontology#matchProbability")  # match probability
    memberName = URIRef("https://w3id.org/kg-sec/ontology#memberName")  # member name
    memberOfGroup = URIRef("https://w3id.org/kg-sec/ontology#memberOfGroup")  # member of a group
    mentionCount = URIRef("https://w3id.org/kg-sec/ontology#mentionCount")  # mention count
    message = URIRef("https://w3id.org/kg-sec/ontology#message")  # message
    nameAsPrinted = URIRef("https://w3id.org/kg-sec/ontology#nameAsPrinted")  # name as printed
    nameKey = URIRef("https://w3id.org/kg-sec/ontology#nameKey")  # name search key
    natureOfOwnership = URIRef("https://w3id.org/kg-sec/ontology#natureOfOwnership")  # nature of ownership
    noSecuritiesOwned = URIRef("https://w3id.org/kg-sec/ontology#noSecuritiesOwned")  # no securities owned
    notSubjectToSection16 = URIRef("https://w3id.org/kg-sec/ontology#notSubjectToSection16")  # no longer subject to Section 16
    noticesContact = URIRef("https://w3id.org/kg-sec/ontology#noticesContact")  # contact for notices
    onBehalfOf = URIRef("https://w3id.org/kg-sec/ontology#onBehalfOf")  # on behalf of
    onProperty = URIRef("https://w3id.org/kg-sec/ontology#onProperty")  # on property
    otherPosition = URIRef("https://w3id.org/kg-sec/ontology#otherPosition")  # other position
    owner = URIRef("https://w3id.org/kg-sec/ontology#owner")  # owner
    party = URIRef("https://w3id.org/kg-sec/ontology#party")  # party
    percentOfClass = URIRef("https://w3id.org/kg-sec/ontology#percentOfClass")  # percent of class
    periodOfReport = URIRef("https://w3id.org/kg-sec/ontology#periodOfReport")  # period of report
    price = URIRef("https://w3id.org/kg-sec/ontology#price")  # price
    printedValue = URIRef("https://w3id.org/kg-sec/ontology#printedValue")  # printed value
    reason = URIRef("https://w3id.org/kg-sec/ontology#reason")  # reason
    remarks = URIRef("https://w3id.org/kg-sec/ontology#remarks")  # remarks
    reportingPerson = URIRef("https://w3id.org/kg-sec/ontology#reportingPerson")  # reporting person
    reportingPersonType = URIRef("https://w3id.org/kg-sec/ontology#reportingPersonType")  # type of reporting person
    roleAsPrinted = URIRef("https://w3id.org/kg-sec/ontology#roleAsPrinted")  # role as printed
    rule10b51Footnote = URIRef("https://w3id.org/kg-sec/ontology#rule10b51Footnote")  # Rule 10b5-1 in a footnote
    rule10b5One = URIRef("https://w3id.org/kg-sec/ontology#rule10b5One")  # Rule 10b5-1(c) box
    score = URIRef("https://w3id.org/kg-sec/ontology#score")  # score
    security = URIRef("https://w3id.org/kg-sec/ontology#security")  # security
    sharedDispositivePower = URIRef("https://w3id.org/kg-sec/ontology#sharedDispositivePower")  # shared dispositive power
    sharedVotingPower = URIRef("https://w3id.org/kg-sec/ontology#sharedVotingPower")  # shared voting power
    shares = URIRef("https://w3id.org/kg-sec/ontology#shares")  # shares
    sharesAfter = URIRef("https://w3id.org/kg-sec/ontology#sharesAfter")  # shares after
    sharesOutstanding = URIRef("https://w3id.org/kg-sec/ontology#sharesOutstanding")  # shares outstanding
    sharesOutstandingAsOf = URIRef("https://w3id.org/kg-sec/ontology#sharesOutstandingAsOf")  # shares outstanding as of
    signature = URIRef("https://w3id.org/kg-sec/ontology#signature")  # signature
    signatureDate = URIRef("https://w3id.org/kg-sec/ontology#signatureDate")  # signature date
    signer = URIRef("https://w3id.org/kg-sec/ontology#signer")  # signer
    signerTitle = URIRef("https://w3id.org/kg-sec/ontology#signerTitle")  # signer title
    soleDispositivePower = URIRef("https://w3id.org/kg-sec/ontology#soleDispositivePower")  # sole dispositive power
    soleVotingPower = URIRef("https://w3id.org/kg-sec/ontology#soleVotingPower")  # sole voting power
    sourceFile = URIRef("https://w3id.org/kg-sec/ontology#sourceFile")  # source file
    sourceOfFunds = URIRef("https://w3id.org/kg-sec/ontology#sourceOfFunds")  # source of funds
    subjectSecurity = URIRef("https://w3id.org/kg-sec/ontology#subjectSecurity")  # subject security
    summaryOf = URIRef("https://w3id.org/kg-sec/ontology#summaryOf")  # summary of
    summaryOfFiling = URIRef("https://w3id.org/kg-sec/ontology#summaryOfFiling")  # summary of filing
    textSha256 = URIRef("https://w3id.org/kg-sec/ontology#textSha256")  # text SHA-256
    tradeCategory = URIRef("https://w3id.org/kg-sec/ontology#tradeCategory")  # trade category
    tradeValue = URIRef("https://w3id.org/kg-sec/ontology#tradeValue")  # trade value
    transactionCode = URIRef("https://w3id.org/kg-sec/ontology#transactionCode")  # transaction code
    transactionDate = URIRef("https://w3id.org/kg-sec/ontology#transactionDate")  # transaction date
    transactionFormType = URIRef("https://w3id.org/kg-sec/ontology#transactionFormType")  # transaction form type
    transactionKind = URIRef("https://w3id.org/kg-sec/ontology#transactionKind")  # transaction kind
    tripleCount = URIRef("https://w3id.org/kg-sec/ontology#tripleCount")  # triples
    underlyingSecurity = URIRef("https://w3id.org/kg-sec/ontology#underlyingSecurity")  # underlying security
    underlyingShares = URIRef("https://w3id.org/kg-sec/ontology#underlyingShares")  # underlying shares
    unitName = URIRef("https://w3id.org/kg-sec/ontology#unitName")  # unit name


class ORG:
    """Terms of <http://www.w3.org/ns/org#> that kg uses."""

    NS = "http://www.w3.org/ns/org#"
    FormalOrganization = URIRef("http://www.w3.org/ns/org#FormalOrganization")  # formal organization
    Membership = URIRef("http://www.w3.org/ns/org#Membership")  # membership
    OrganizationalUnit = URIRef("http://www.w3.org/ns/org#OrganizationalUnit")  # organizational unit
    Post = URIRef("http://www.w3.org/ns/org#Post")  # post
    holds = URIRef("http://www.w3.org/ns/org#holds")  # holds
    member = URIRef("http://www.w3.org/ns/org#member")  # member
    organization = URIRef("http://www.w3.org/ns/org#organization")  # organization
    postIn = URIRef("http://www.w3.org/ns/org#postIn")  # post in
    role = URIRef("http://www.w3.org/ns/org#role")  # role
    unitOf = URIRef("http://www.w3.org/ns/org#unitOf")  # unit of


class SCHEMA:
    """Terms of <http://schema.org/> that kg uses."""

    NS = "http://schema.org/"
    Organization = URIRef("http://schema.org/Organization")  # organization
    Person = URIRef("http://schema.org/Person")  # person
    PostalAddress = URIRef("http://schema.org/PostalAddress")  # postal address
    address = URIRef("http://schema.org/address")  # address
    addressCountry = URIRef("http://schema.org/addressCountry")  # country
    addressLocality = URIRef("http://schema.org/addressLocality")  # locality
    addressRegion = URIRef("http://schema.org/addressRegion")  # region
    jobTitle = URIRef("http://schema.org/jobTitle")  # job title
    name = URIRef("http://schema.org/name")  # name
    nationality = URIRef("http://schema.org/nationality")  # nationality
    postalCode = URIRef("http://schema.org/postalCode")  # postal code
    softwareVersion = URIRef("http://schema.org/softwareVersion")  # software version
    streetAddress = URIRef("http://schema.org/streetAddress")  # street address
    telephone = URIRef("http://schema.org/telephone")  # telephone
    worksFor = URIRef("http://schema.org/worksFor")  # works for


class PROV:
    """Terms of <http://www.w3.org/ns/prov#> that kg uses."""

    NS = "http://www.w3.org/ns/prov#"
    Activity = URIRef("http://www.w3.org/ns/prov#Activity")  # activity
    Agent = URIRef("http://www.w3.org/ns/prov#Agent")  # agent
    Bundle = URIRef("http://www.w3.org/ns/prov#Bundle")  # bundle
    Entity = URIRef("http://www.w3.org/ns/prov#Entity")  # entity
    SoftwareAgent = URIRef("http://www.w3.org/ns/prov#SoftwareAgent")  # software agent
    used = URIRef("http://www.w3.org/ns/prov#used")  # used
    wasAssociatedWith = URIRef("http://www.w3.org/ns/prov#wasAssociatedWith")  # was associated with
    wasDerivedFrom = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")  # was derived from
    wasGeneratedBy = URIRef("http://www.w3.org/ns/prov#wasGeneratedBy")  # was generated by
    wasRevisionOf = URIRef("http://www.w3.org/ns/prov#wasRevisionOf")  # was revision of


class OA:
    """Terms of <http://www.w3.org/ns/oa#> that kg uses."""

    NS = "http://www.w3.org/ns/oa#"
    Annotation = URIRef("http://www.w3.org/ns/oa#Annotation")  # annotation
    SpecificResource = URIRef("http://www.w3.org/ns/oa#SpecificResource")  # specific resource
    TextPositionSelector = URIRef("http://www.w3.org/ns/oa#TextPositionSelector")  # text position selector
    TextQuoteSelector = URIRef("http://www.w3.org/ns/oa#TextQuoteSelector")  # text quote selector
    end = URIRef("http://www.w3.org/ns/oa#end")  # end
    exact = URIRef("http://www.w3.org/ns/oa#exact")  # exact
    hasBody = URIRef("http://www.w3.org/ns/oa#hasBody")  # has body
    hasSelector = URIRef("http://www.w3.org/ns/oa#hasSelector")  # has selector
    hasSource = URIRef("http://www.w3.org/ns/oa#hasSource")  # has source
    hasTarget = URIRef("http://www.w3.org/ns/oa#hasTarget")  # has target
    start = URIRef("http://www.w3.org/ns/oa#start")  # start


class SKOS:
    """Terms of <http://www.w3.org/2004/02/skos/core#> that kg uses."""

    NS = "http://www.w3.org/2004/02/skos/core#"
    Concept = URIRef("http://www.w3.org/2004/02/skos/core#Concept")  # concept
    ConceptScheme = URIRef("http://www.w3.org/2004/02/skos/core#ConceptScheme")  # concept scheme
    prefLabel = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")  # preferred label
